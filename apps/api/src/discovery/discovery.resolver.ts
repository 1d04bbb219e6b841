import { NotFoundException } from '@nestjs/common';
import { Args, ID, Query, Resolver, Subscription } from '@nestjs/graphql';
import { policiesAffecting } from '@meshwork/model';
import { filter, map } from 'rxjs';
import { toAsyncIterator } from '../graphql/observable-iterator';
import { ClusterRegistry } from '../clusters/cluster-registry.service';
import { PageArgs } from './discovery.inputs';
import {
  toLinkModel,
  toMeshModel,
  toPolicyModel,
  toServiceModel,
  toWorkloadModel,
} from './discovery.mappers';
import {
  FleetChangedEvent,
  FleetSummary,
  MeshLinkModel,
  MeshModel,
  PolicyConnection,
  ServiceConnection,
  ServiceDetailModel,
  WorkloadConnection,
} from './discovery.models';
import { DiscoveryService } from './discovery.service';
import { fleetMatcher } from './fleet-filter';
import { FleetState } from './fleet-state.service';
import { paginate } from './paginate';

@Resolver()
export class DiscoveryResolver {
  constructor(
    private readonly state: FleetState,
    private readonly discovery: DiscoveryService,
    private readonly registry: ClusterRegistry,
  ) {}

  @Query(() => FleetSummary)
  fleet(): FleetSummary {
    return {
      revision: this.state.revision,
      clusters: this.registry.list().length,
      clustersSynced: this.discovery.syncedClusters(),
      meshes: this.state.meshes().length,
      services: this.state.services().length,
      workloads: this.state.workloads().length,
      policies: this.state.policies().length,
    };
  }

  @Query(() => [MeshModel], { description: 'Every mesh in every cluster.' })
  meshes(): MeshModel[] {
    return this.state.meshes().map(toMeshModel);
  }

  @Query(() => ServiceConnection)
  services(@Args() { filter: where, first, after }: PageArgs): ServiceConnection {
    const matching = this.state.services().filter(fleetMatcher(where, this.state.meshes()));
    const page = paginate(matching, first ?? 100, after ?? undefined);
    return { totalCount: matching.length, nodes: page.nodes.map(toServiceModel), pageInfo: page };
  }

  @Query(() => ServiceDetailModel, {
    description: 'One service by id, with its workloads, policies and other clusters.',
  })
  service(@Args('id', { type: () => ID }) id: string): ServiceDetailModel {
    const service = this.state.serviceById(id);
    if (!service) throw new NotFoundException(`no service with id "${id}"`);
    const workloads = service.workloads.flatMap((w) => this.state.workloadById(w) ?? []);
    return {
      ...toServiceModel(service),
      meshes: service.meshes.flatMap((m) => this.state.meshById(m) ?? []).map(toMeshModel),
      workloads: workloads.map(toWorkloadModel),
      policies: policiesAffecting(service, workloads, this.state.policies()).map(toPolicyModel),
      otherClusters: this.state
        .servicesByLogicalKey(service.logicalKey)
        .filter((s) => s.id !== id)
        .map(toServiceModel),
    };
  }

  @Query(() => WorkloadConnection)
  workloads(@Args() { filter: where, first, after }: PageArgs): WorkloadConnection {
    const matching = this.state
      .workloads()
      .filter((w) =>
        fleetMatcher(where, this.state.meshes())({ ...w, meshes: w.mesh ? [w.mesh] : [] }),
      );
    const page = paginate(matching, first ?? 100, after ?? undefined);
    return { totalCount: matching.length, nodes: page.nodes.map(toWorkloadModel), pageInfo: page };
  }

  @Query(() => PolicyConnection, { description: 'Native mesh policies, normalized into effects.' })
  policies(@Args() { filter: where, first, after }: PageArgs): PolicyConnection {
    const matcher = fleetMatcher(where, this.state.meshes());
    const matching = this.state.policies().filter((p) =>
      matcher({
        cluster: p.cluster,
        namespace: p.source.namespace,
        name: p.source.name,
        kind: p.kind,
        meshes: [p.mesh],
      }),
    );
    const page = paginate(matching, first ?? 100, after ?? undefined);
    return { totalCount: matching.length, nodes: page.nodes.map(toPolicyModel), pageInfo: page };
  }

  @Query(() => [MeshLinkModel], { description: 'Multi-cluster links between meshes.' })
  meshLinks(): MeshLinkModel[] {
    return this.state.links().map(toLinkModel);
  }

  @Subscription(() => FleetChangedEvent, {
    description: 'Fires on every change of the fleet model.',
  })
  fleetChanged(): AsyncIterableIterator<{ fleetChanged: FleetChangedEvent }> {
    return toAsyncIterator(
      this.state.changes.pipe(
        filter((change) => change.changedIds.length > 0),
        map((change) => ({ fleetChanged: change })),
      ),
    );
  }
}
