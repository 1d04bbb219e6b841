import { Field, Int, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Cluster } from '../clusters/cluster.model';
import { Reachability } from '../clusters/reachability';
import { DiscoveryService } from './discovery.service';
import { FleetState } from './fleet-state.service';

@ObjectType('ClusterError', {
  description: 'One failure on one cluster, e.g. a kind we may not list.',
})
export class ClusterErrorModel {
  @Field() code!: string;
  @Field() message!: string;
  @Field(() => String, { nullable: true }) verb?: string;
  @Field(() => String, { nullable: true }) group?: string;
  @Field(() => String, { nullable: true }) resource?: string;
  @Field(() => String, { nullable: true }) namespace?: string;
  @Field(() => String, { nullable: true }) name?: string;
}

/** What discovery adds to a cluster: freshness, the errors of its watches and adapters, its meshes. */
@Resolver(() => Cluster)
export class ClusterFleetResolver {
  constructor(
    private readonly state: FleetState,
    private readonly discovery: DiscoveryService,
  ) {}

  @ResolveField(() => Date, {
    nullable: true,
    description: 'When its model was last updated from its watches.',
  })
  lastSyncedAt(@Parent() cluster: Cluster): Date | undefined {
    return this.state.cluster(cluster.name)?.lastSyncedAt;
  }

  @ResolveField(() => Boolean, {
    description: 'True when the cluster stopped answering and its last known data is shown.',
  })
  stale(@Parent() cluster: Cluster): boolean {
    return (
      cluster.reachability !== Reachability.REACHABLE &&
      this.state.cluster(cluster.name) !== undefined
    );
  }

  @ResolveField(() => Boolean, { description: 'True once every watched kind was listed once.' })
  synced(@Parent() cluster: Cluster): boolean {
    return this.discovery.isSynced(cluster.name);
  }

  @ResolveField(() => [ClusterErrorModel], {
    description: 'Missing permissions, kinds not served, adapter failures.',
  })
  errors(@Parent() cluster: Cluster): ClusterErrorModel[] {
    return this.state.cluster(cluster.name)?.errors ?? [];
  }

  @ResolveField(() => Int, { description: 'Meshes found in it.' })
  meshCount(@Parent() cluster: Cluster): number {
    return this.state.cluster(cluster.name)?.meshes.length ?? 0;
  }
}
