import { Inject } from '@nestjs/common';
import { Args, Query, Resolver, Subscription } from '@nestjs/graphql';
import type { Mesh, Service, Workload } from '@meshwork/model';
import { filter, map, type Observable } from 'rxjs';
import { ClusterRegistry } from '../clusters/cluster-registry.service';
import { DiscoveryService } from './discovery.service';
import { ServicesArgs, type ServiceFilter } from './discovery.inputs';
import {
  FleetChangedEvent,
  FleetSummary,
  MeshModel,
  ServiceConnection,
  WorkloadModel,
  type ServiceModel,
} from './discovery.models';
import { FleetState } from './fleet-state.service';
import { paginate } from './paginate';

@Resolver()
export class DiscoveryResolver {
  constructor(
    private readonly state: FleetState,
    @Inject(DiscoveryService) private readonly discovery: DiscoveryService,
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
  services(@Args() { filter: where, first, after }: ServicesArgs): ServiceConnection {
    const matching = this.state.services().filter(serviceMatcher(where, this.state.meshes()));
    const page = paginate(matching, first ?? 100, after ?? undefined);
    return {
      totalCount: matching.length,
      nodes: page.nodes.map(toServiceModel),
      pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
    };
  }

  @Query(() => [WorkloadModel])
  workloads(): WorkloadModel[] {
    return this.state.workloads().map(toWorkloadModel);
  }

  @Subscription(() => FleetChangedEvent, {
    description: 'Fires on every change of the fleet model.',
  })
  fleetChanged(): Observable<{ fleetChanged: FleetChangedEvent }> {
    return this.state.changes.pipe(
      filter((change) => change.changedIds.length > 0),
      map((change) => ({ fleetChanged: change })),
    ) as Observable<{ fleetChanged: FleetChangedEvent }>;
  }
}

function serviceMatcher(where: ServiceFilter | undefined, meshes: Mesh[]): (s: Service) => boolean {
  if (!where) return () => true;
  const text = where.text?.toLowerCase();
  const kinds = where.meshKinds?.length
    ? new Set(meshes.filter((m) => where.meshKinds!.includes(m.kind)).map((m) => m.id))
    : undefined;
  return (s) =>
    (!where.clusters?.length || where.clusters.includes(s.cluster)) &&
    (!where.namespaces?.length || where.namespaces.includes(s.namespace)) &&
    (!where.meshes?.length || s.meshes.some((m) => where.meshes!.includes(m))) &&
    (!kinds || s.meshes.some((m) => kinds.has(m))) &&
    (!text || s.name.toLowerCase().includes(text) || s.namespace.toLowerCase().includes(text));
}

function toMeshModel(mesh: Mesh): MeshModel {
  return {
    ...mesh,
    cluster: { name: mesh.cluster },
    controlPlanes: mesh.controlPlanes.map((cp) => ({
      ...cp,
      readyReplicas: cp.replicas.ready,
      desiredReplicas: cp.replicas.desired,
    })),
    attributes: Object.entries(mesh.attributes).map(([key, value]) => ({ key, value })),
  };
}

function toServiceModel(service: Service): ServiceModel {
  return {
    ...service,
    cluster: { name: service.cluster },
    meshIds: service.meshes,
    versions: service.versions.map((v) => v.name),
    workloadIds: service.workloads,
  };
}

function toWorkloadModel(workload: Workload): WorkloadModel {
  return {
    ...workload,
    cluster: { name: workload.cluster },
    readyReplicas: workload.replicas.ready,
    desiredReplicas: workload.replicas.desired,
    meshId: workload.mesh,
    identity: workload.identity?.value,
  };
}
