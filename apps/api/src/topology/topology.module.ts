import { Module } from '@nestjs/common';
import { DiscoveryModule } from '../discovery/discovery.module';
import { TrafficMetricsModule } from '../metrics/metrics.module';
import { TopologyResolver } from './topology.resolver';
import { TopologyService } from './topology.service';

@Module({
  imports: [DiscoveryModule, TrafficMetricsModule],
  providers: [TopologyService, TopologyResolver],
  exports: [TopologyService],
})
export class TopologyModule {}
