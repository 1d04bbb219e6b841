import { Args, Query, Resolver, Subscription } from '@nestjs/graphql';
import { interval, map, startWith, type Observable } from 'rxjs';
import { ServiceMetricsArgs, TopologyArgs } from './topology.inputs';
import { ServiceMetricsModel, TopologyModel } from './topology.models';
import { TopologyService } from './topology.service';

@Resolver()
export class TopologyResolver {
  constructor(private readonly topologyService: TopologyService) {}

  @Query(() => TopologyModel, {
    description: 'The multi-cluster graph: nodes from discovery, edges from traffic metrics.',
  })
  topology(@Args() { filter, window }: TopologyArgs): TopologyModel {
    return this.topologyService.topology(filter, window);
  }

  @Query(() => ServiceMetricsModel, { description: 'Time series of one service over a window.' })
  serviceMetrics(@Args() { id, window }: ServiceMetricsArgs): ServiceMetricsModel {
    return {
      serviceId: id,
      window,
      series: [],
      metricsAvailable: false,
      metricsError: 'no metrics source configured',
    };
  }

  @Subscription(() => TopologyModel, { description: 'The topology, again at every refresh.' })
  topologyUpdated(
    @Args() { filter, window }: TopologyArgs,
  ): Observable<{ topologyUpdated: TopologyModel }> {
    return interval(30_000).pipe(
      startWith(0),
      map(() => ({ topologyUpdated: this.topologyService.topology(filter, window) })),
    );
  }
}
