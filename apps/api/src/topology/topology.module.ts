import { Module } from '@nestjs/common';
import { DiscoveryModule } from '../discovery/discovery.module';
import { TrafficMetricsModule } from '../metrics/metrics.module';
import { TopologyResponseCachePlugin } from './topology-response-cache.plugin';
import { TopologyResolver } from './topology.resolver';
import { TopologyService } from './topology.service';

@Module({
  imports: [DiscoveryModule, TrafficMetricsModule],
  providers: [TopologyService, TopologyResolver, TopologyResponseCachePlugin],
  exports: [TopologyService],
})
export class TopologyModule {}
