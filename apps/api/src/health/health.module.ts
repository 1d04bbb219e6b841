import { Module } from '@nestjs/common';
import { DiscoveryModule } from '../discovery/discovery.module';
import { TopologyModule } from '../topology/topology.module';
import { FleetHealthResolver } from './fleet-health.resolver';
import { FleetHealthService } from './fleet-health.service';

@Module({
  imports: [DiscoveryModule, TopologyModule],
  providers: [FleetHealthService, FleetHealthResolver],
})
export class FleetHealthModule {}
