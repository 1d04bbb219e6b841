import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { FleetHealthModel } from './fleet-health.models';
import { FleetHealthService } from './fleet-health.service';

@Resolver()
export class FleetHealthResolver {
  constructor(private readonly health: FleetHealthService) {}

  @Query(() => FleetHealthModel, { description: 'Health per mesh and per cluster, with reasons.' })
  fleetHealth(
    @Args('window', { type: () => Int, nullable: true, defaultValue: 300 }) window: number,
  ): Promise<FleetHealthModel> {
    return this.health.fleetHealth(window);
  }
}
