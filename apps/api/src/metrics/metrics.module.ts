import { Module } from '@nestjs/common';
import type { MeshAdapter } from '@meshwork/adapters-core';
import { DiscoveryModule } from '../discovery/discovery.module';
import { meshAdapters } from '../discovery/mesh-adapters';
import { MESH_ADAPTERS } from '../discovery/mesh-adapters.token';
import { TrafficMetricsService } from './traffic-metrics.service';

@Module({
  imports: [DiscoveryModule],
  providers: [
    // Discovery keeps its adapter list private; adapters are pure, so a second set is harmless.
    { provide: MESH_ADAPTERS, useFactory: (): MeshAdapter[] => meshAdapters() },
    TrafficMetricsService,
  ],
  exports: [TrafficMetricsService],
})
export class TrafficMetricsModule {}
