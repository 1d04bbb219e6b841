import { Inject, UseFilters } from '@nestjs/common';
import { Args, Query, Resolver, Subscription } from '@nestjs/graphql';
import { from, interval, map, startWith, switchMap } from 'rxjs';
import { MESHWORK_CONFIG } from '../config/config.tokens';
import { toAsyncIterator } from '../graphql/observable-iterator';
import type { MeshworkConfig } from '../config/meshwork-config';
import { TopologyExceptionFilter } from './topology-exception.filter';
import { ServiceMetricsArgs, TopologyArgs } from './topology.inputs';
import { ServiceMetricsModel, TopologyModel } from './topology.models';
import { TopologyService } from './topology.service';

@Resolver()
@UseFilters(TopologyExceptionFilter)
export class TopologyResolver {
  constructor(
    private readonly topologyService: TopologyService,
    @Inject(MESHWORK_CONFIG) private readonly config: MeshworkConfig,
  ) {}

  @Query(() => TopologyModel, {
    description: 'The multi-cluster graph: nodes from discovery, edges from traffic metrics.',
  })
  topology(@Args() { filter, window }: TopologyArgs): Promise<TopologyModel> {
    return this.topologyService.topology(filter, window);
  }

  @Query(() => ServiceMetricsModel, { description: 'Time series of one service over a window.' })
  async serviceMetrics(@Args() { id, window }: ServiceMetricsArgs): Promise<ServiceMetricsModel> {
    const result = await this.topologyService.serviceMetrics(id, window);
    return {
      serviceId: id,
      window: window ?? 3600,
      series: result.series,
      metricsAvailable: result.available,
      metricsError: result.error,
    };
  }

  @Subscription(() => TopologyModel, {
    description: 'The topology again every `topologyRefreshSeconds` (config).',
  })
  topologyUpdated(
    @Args() { filter, window }: TopologyArgs,
  ): AsyncIterableIterator<{ topologyUpdated: TopologyModel }> {
    // graphql-ws consumes async iterators, not Observables.
    return toAsyncIterator(
      interval(this.config.topologyRefreshSeconds * 1000).pipe(
        startWith(0),
        switchMap(() => from(this.topologyService.topology(filter, window))),
        map((topologyUpdated) => ({ topologyUpdated })),
      ),
    );
  }
}
