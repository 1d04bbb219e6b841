import { TestCa } from '@meshwork/adapters-core/testing';
import { MeshKind } from '@meshwork/model';
import pino from 'pino';
import { meshworkConfigSchema } from '../config/meshwork-config';
import { emptyClusterDiscovery } from '../discovery/cluster-discovery';
import { FleetState } from '../discovery/fleet-state.service';
import { MetricsService } from '../observability/metrics.service';
import { CertificateMetrics } from './certificate-metrics';
import { CertificatesService } from './certificates.service';
import { ConsulConnectRoots } from './consul-connect-roots.service';
import { istioCertificates, meshOf } from './testing/certificate-fleet.fixture';

describe('CertificateMetrics', () => {
  it('exports every certificate notAfter and the counts per expiry class, as of the scrape', async () => {
    const config = meshworkConfigSchema.parse({ demo: 'never' });
    const fleet = new FleetState();
    const service = new CertificatesService(
      fleet,
      new ConsulConnectRoots(config, pino({ level: 'silent' })),
      config,
    );
    const metrics = new MetricsService();
    new CertificateMetrics(metrics, service);
    const mesh = meshOf('east', MeshKind.ISTIO, 'istio-system', 'istio');
    const root = await TestCa.root({ subject: 'CN=root', daysLeft: 3000 });
    const expired = await root.issue({ subject: 'CN=ca', daysLeft: -3, daysAgo: 400 });

    expect(await metrics.render()).toMatch(/meshwork_certificates\{expiry_class="EXPIRED"\} 0/);
    fleet.replace({
      ...emptyClusterDiscovery('east'),
      meshes: [mesh],
      certificates: istioCertificates(mesh, root, expired),
    });
    const text = await metrics.render();

    const seconds = Math.floor(expired.certificate.notAfter.getTime() / 1000);
    expect(text).toContain(
      `meshwork_certificate_expiry_timestamp_seconds{cluster="east",mesh="east/istio-system/Mesh/istio",namespace="istio-system",name="cacerts",role="INTERMEDIATE"} ${seconds}`,
    );
    expect(text).toMatch(/role="ROOT"\} \d{10}/);
    expect(text).toMatch(/meshwork_certificates\{expiry_class="EXPIRED"\} 1/);
    expect(text).toMatch(/meshwork_certificates\{expiry_class="OK"\} 1/);
    expect(text).toMatch(/meshwork_certificates\{expiry_class="CRITICAL"\} 0/);
  });
});
