import { Module } from '@nestjs/common';
import type { MeshAdapter } from '@meshwork/adapters-core';
import { ClustersModule } from '../clusters/clusters.module';
import { ClusterFleetResolver } from './cluster-fleet.resolver';
import { DiscoveryResolver } from './discovery.resolver';
import { DiscoveryService } from './discovery.service';
import { FleetState } from './fleet-state.service';
import { MESH_ADAPTERS } from './mesh-adapters.token';
import { meshAdapters } from './mesh-adapters';

@Module({
  imports: [ClustersModule],
  providers: [
    { provide: MESH_ADAPTERS, useFactory: (): MeshAdapter[] => meshAdapters() },
    FleetState,
    DiscoveryService,
    DiscoveryResolver,
    ClusterFleetResolver,
  ],
  exports: [FleetState, DiscoveryService],
})
export class DiscoveryModule {}
