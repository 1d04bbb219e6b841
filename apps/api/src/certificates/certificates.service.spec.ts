import { TestCa } from '@meshwork/adapters-core/testing';
import {
  CertificateExpiryClass,
  CertificateRole,
  MeshKind,
  TrustFindingKind,
} from '@meshwork/model';
import pino from 'pino';
import { firstValueFrom, take, toArray } from 'rxjs';
import { meshworkConfigSchema } from '../config/meshwork-config';
import { emptyClusterDiscovery } from '../discovery/cluster-discovery';
import { FleetState } from '../discovery/fleet-state.service';
import { CertificateSourceState } from './certificate-source-state';
import { CertificatesErrorCode } from './certificates.exception';
import { CertificatesService } from './certificates.service';
import { ConsulConnectRoots } from './consul-connect-roots.service';
import { istioCertificates, meshOf, remoteSecretLink } from './testing/certificate-fleet.fixture';

const config = meshworkConfigSchema.parse({ demo: 'never' });
const east = meshOf('east', MeshKind.ISTIO, 'istio-system', 'istio');
const west = meshOf('west', MeshKind.ISTIO, 'istio-system', 'istio');
const south = meshOf('south', MeshKind.CONSUL, 'consul', 'consul');

describe('CertificatesService', () => {
  let fleet: FleetState;
  let consul: ConsulConnectRoots;
  let service: CertificatesService;
  let root: TestCa;
  let eastCa: TestCa;
  let westCa: TestCa;

  beforeAll(async () => {
    root = await TestCa.root({ subject: 'O=Istio, CN=Root CA', daysLeft: 3350 });
    eastCa = await root.issue({ subject: 'O=Istio, CN=Intermediate CA, L=east', daysLeft: 5 });
    westCa = await root.issue({ subject: 'O=Istio, CN=Intermediate CA, L=west', daysLeft: 45 });
  });

  beforeEach(() => {
    fleet = new FleetState();
    consul = new ConsulConnectRoots(config, pino({ level: 'silent' }));
    service = new CertificatesService(fleet, consul, config);
    service.onApplicationBootstrap();
    fleet.replace({
      ...emptyClusterDiscovery('east'),
      meshes: [east],
      links: [remoteSecretLink(east, 'west')],
      certificates: istioCertificates(east, root, eastCa),
    });
    fleet.replace({
      ...emptyClusterDiscovery('west'),
      meshes: [west],
      certificates: istioCertificates(west, root, westCa),
    });
  });

  afterEach(() => service.onApplicationShutdown());

  it('lists every certificate soonest expiry first, classed at the time asked', () => {
    const rows = service.list(undefined).map((c) => [c.cluster, c.role, c.expiryClass, c.meshKind]);
    expect(rows).toEqual([
      ['east', CertificateRole.INTERMEDIATE, CertificateExpiryClass.CRITICAL, MeshKind.ISTIO],
      ['west', CertificateRole.INTERMEDIATE, CertificateExpiryClass.WARNING, MeshKind.ISTIO],
      ['east', CertificateRole.ROOT, CertificateExpiryClass.OK, MeshKind.ISTIO],
      ['west', CertificateRole.ROOT, CertificateExpiryClass.OK, MeshKind.ISTIO],
    ]);
    const later = new Date(Date.now() + 6 * 86_400_000);
    expect(service.list(undefined, later)[0]).toMatchObject({
      expiryClass: CertificateExpiryClass.EXPIRED,
      daysLeft: -1,
    });
  });

  it('filters by class, role, cluster, mesh and text', () => {
    const ids = (filter: Parameters<CertificatesService['list']>[0]) =>
      service.list(filter).map((c) => `${c.cluster}:${c.role}`);
    expect(
      ids({ classes: [CertificateExpiryClass.CRITICAL, CertificateExpiryClass.WARNING] }),
    ).toEqual(['east:INTERMEDIATE', 'west:INTERMEDIATE']);
    expect(ids({ roles: [CertificateRole.ROOT], clusters: ['west'] })).toEqual(['west:ROOT']);
    expect(ids({ meshes: [east.id], text: 'intermediate' })).toEqual(['east:INTERMEDIATE']);
  });

  it('gives one certificate with its issuers up to the root and the findings naming it', () => {
    const intermediate = service.list({
      clusters: ['east'],
      roles: [CertificateRole.INTERMEDIATE],
    })[0]!;
    const detail = service.detail(intermediate.id);
    expect(detail.issuers.map((c) => c.subject)).toEqual([
      'O=Istio, CN=Intermediate CA, L=east',
      'O=Istio, CN=Root CA',
    ]);
    expect(detail.chain.status).toBe('VALID');
    const rootDetail = service.detail(detail.issuers[1]!.id);
    expect(rootDetail.findings.map((f) => f.kind)).toEqual([TrustFindingKind.SHARED_ROOT]);
    expect(() => service.detail('east/x/Certificate/nope')).toThrow(
      expect.objectContaining({ code: CertificatesErrorCode.CERTIFICATE_NOT_FOUND }),
    );
  });

  it('finds the shared root of the linked Istio pair and counts classes in the summary', () => {
    expect(service.findings().map((f) => [f.kind, f.clusters])).toEqual([
      [TrustFindingKind.SHARED_ROOT, ['east', 'west']],
    ]);
    expect(service.summary()).toMatchObject({
      total: 4,
      expired: 0,
      critical: 1,
      warning: 1,
      ok: 2,
      criticalDays: 7,
      warningDays: 60,
      findingErrors: 0,
    });
  });

  it('tells subscribers which certificates a fleet change touched', async () => {
    const next = firstValueFrom(service.changes);
    fleet.replace({ ...emptyClusterDiscovery('west'), meshes: [west] });
    const event = await next;
    expect(event.reason).toBe('FLEET');
    expect(event.clusters).toEqual(['west']);
    expect(event.changedIds).toHaveLength(2);
    expect(event.changedIds.every((id) => id.startsWith('west/istio-system/Certificate/'))).toBe(
      true,
    );
    expect(service.list({ clusters: ['west'] })).toEqual([]);
  });

  it('says a Consul mesh has no Consul API configured instead of showing nothing', () => {
    fleet.replace({ ...emptyClusterDiscovery('south'), meshes: [south] });
    expect(service.sourceStatuses()).toEqual([
      expect.objectContaining({
        cluster: 'south',
        mesh: south.id,
        state: CertificateSourceState.NOT_CONFIGURED,
        message: expect.stringMatching(/^Consul API not configured for south/),
      }),
    ]);
  });
});

describe('CertificatesService expiry timer', () => {
  afterEach(() => jest.useRealTimers());

  it('announces the certificates whose class changed when time crosses a line', async () => {
    const root = await TestCa.root({ subject: 'CN=r', daysLeft: 1000 });
    const ca = await root.issue({ subject: 'CN=ca', daysLeft: 7 + 2 / 86_400 });
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate'] });
    const fleet = new FleetState();
    const service = new CertificatesService(
      fleet,
      new ConsulConnectRoots(config, pino({ level: 'silent' })),
      config,
    );
    fleet.replace({
      ...emptyClusterDiscovery('east'),
      meshes: [east],
      certificates: istioCertificates(east, root, ca),
    });
    service.onApplicationBootstrap();
    const events = firstValueFrom(service.changes.pipe(take(1), toArray()));
    expect(service.list(undefined)[0]!.expiryClass).toBe(CertificateExpiryClass.WARNING);
    jest.advanceTimersByTime(3_000);
    const [event] = await events;
    expect(event).toMatchObject({ reason: 'EXPIRY_CLASS', clusters: ['east'] });
    expect(event!.changedIds).toEqual([service.list(undefined)[0]!.id]);
    expect(service.list(undefined)[0]!.expiryClass).toBe(CertificateExpiryClass.CRITICAL);
    service.onApplicationShutdown();
  });
});
