import { Query, Resolver } from '@nestjs/graphql';
import { Cluster, ClusterSource } from './cluster.model';
import { ClusterRegistry } from './cluster-registry.service';

@Resolver(() => Cluster)
export class ClustersResolver {
  constructor(private readonly registry: ClusterRegistry) {}

  @Query(() => [Cluster], { description: 'Every configured cluster, by name.' })
  clusters(): Cluster[] {
    return this.registry
      .list()
      .map((status) => ({ ...status, source: ClusterSource[status.source] }));
  }
}
