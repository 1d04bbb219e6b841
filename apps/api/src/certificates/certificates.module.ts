import { Module } from '@nestjs/common';
import { DiscoveryModule } from '../discovery/discovery.module';
import { ObservabilityModule } from '../observability/observability.module';
import { CertificateMetrics } from './certificate-metrics';
import { CertificatesResolver } from './certificates.resolver';
import { CertificatesService } from './certificates.service';
import { ConsulConnectRoots } from './consul-connect-roots.service';

/** Certificate expiry, chains and trust findings across the fleet (GraphQL and /metrics). */
@Module({
  imports: [DiscoveryModule, ObservabilityModule],
  providers: [ConsulConnectRoots, CertificatesService, CertificatesResolver, CertificateMetrics],
  exports: [CertificatesService],
})
export class CertificatesModule {}
