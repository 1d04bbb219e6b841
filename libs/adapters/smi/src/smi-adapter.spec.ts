import { ControlPlaneHealth, MeshKind, PolicyEffectType } from '@meshwork/model';
import { type DetectedMesh, InMemorySnapshot, kindKey } from '@meshwork/adapters-core';
import { SmiAdapter } from './smi-adapter';
import { fixtureObject, readFixture, snapshotOf } from './testing/fixtures';

const adapter = new SmiAdapter();

describe('SmiAdapter.detect', () => {
  it('finds the OSM control plane with its version, components, trust domain and MeshConfig facts', () => {
    const [mesh, ...others] = adapter.detect(snapshotOf(['osm-control-plane']));
    expect(others).toEqual([]);
    expect(mesh).toMatchObject({
      id: 'east/osm-system/Mesh/osm',
      kind: MeshKind.OSM,
      name: 'osm',
      cluster: 'east',
      namespace: 'osm-system',
      version: '1.2.4',
      trustDomain: 'cluster.local',
      health: ControlPlaneHealth.HEALTHY,
      attributes: { meshName: 'osm', permissiveTrafficPolicyMode: 'false', enableEgress: 'false' },
    });
    expect(mesh?.controlPlanes.map((c) => [c.name, c.version, c.health])).toEqual([
      ['osm-bootstrap', '1.2.4', ControlPlaneHealth.HEALTHY],
      ['osm-controller', '1.2.4', ControlPlaneHealth.HEALTHY],
      ['osm-injector', '1.2.4', ControlPlaneHealth.HEALTHY],
    ]);
  });

  it('takes the version from the image tag when the version label is missing', () => {
    const meshes = adapter.detect(snapshotOf(['osm-second-mesh']));
    expect(meshes.map((m) => [m.name, m.version])).toEqual([['payments', '1.1.3']]);
  });

  it('reports a mesh whose controller lacks ready replicas as degraded', () => {
    const [payments] = adapter.detect(snapshotOf(['osm-second-mesh']));
    expect(payments?.controlPlanes[0]?.replicas).toEqual({ desired: 2, ready: 1 });
    expect(payments?.health).toBe(ControlPlaneHealth.DEGRADED);
  });

  it('reports the worst component health for the mesh', () => {
    const injector = fixtureObject('osm-control-plane', 'Deployment', 'osm-injector');
    injector.status = { replicas: 1, readyReplicas: 0 };
    const snapshot = snapshotOf([], { extra: [...withoutInjector(), injector] });
    expect(adapter.detect(snapshot)[0]?.health).toBe(ControlPlaneHealth.DOWN);
  });

  it('takes the trust domain from an active MeshRootCertificate when there is one', () => {
    const root = {
      apiVersion: 'config.openservicemesh.io/v1alpha2',
      kind: 'MeshRootCertificate',
      metadata: { name: 'osm-mesh-root-certificate', namespace: 'osm-system' },
      spec: {
        trustDomain: 'corp.example',
        provider: {
          tresor: { ca: { secretRef: { name: 'osm-ca-bundle', namespace: 'osm-system' } } },
        },
      },
      status: { state: 'active' },
    };
    const [mesh] = adapter.detect(snapshotOf(['osm-control-plane'], { extra: [root] }));
    expect(mesh?.trustDomain).toBe('corp.example');
  });

  it('still detects OSM when its MeshConfig is missing or unreadable, and says so', () => {
    const broken = fixtureObject('osm-control-plane', 'MeshConfig', 'osm-mesh-config');
    broken.spec = { traffic: { enablePermissiveTrafficPolicyMode: 'yes' } };
    const controlPlane = withoutMeshConfig();
    expect(
      adapter.detect(snapshotOf([], { extra: controlPlane }))[0]?.attributes['meshConfig'],
    ).toBe('missing');
    expect(
      adapter.detect(snapshotOf([], { extra: [...controlPlane, broken] }))[0]?.attributes[
        'meshConfig'
      ],
    ).toBe('invalid');
  });

  it('finds Traefik Mesh with controller and node-proxy components and its controller flags', () => {
    const [mesh] = adapter.detect(snapshotOf(['traefik-mesh']));
    expect(mesh).toMatchObject({
      id: 'east/traefik-mesh/Mesh/traefik-mesh',
      kind: MeshKind.TRAEFIK_MESH,
      name: 'traefik-mesh',
      version: '1.4.8',
      health: ControlPlaneHealth.HEALTHY,
      attributes: {
        acl: 'true',
        defaultMode: 'http',
        ignoreNamespaces: 'legacy,kube-system',
        proxyVersion: '2.10.7',
      },
    });
    expect(mesh?.trustDomain).toBeUndefined();
    expect(mesh?.controlPlanes.map((c) => [c.name, c.replicas])).toEqual([
      ['traefik-mesh-controller', { desired: 1, ready: 1 }],
      ['traefik-mesh-proxy', { desired: 3, ready: 3 }],
    ]);
  });

  it('finds several meshes of both kinds in one cluster, sorted by id', () => {
    const meshes = adapter.detect(
      snapshotOf(['osm-control-plane', 'osm-second-mesh', 'traefik-mesh']),
    );
    expect(meshes.map((m) => m.id)).toEqual([
      'east/osm-payments/Mesh/payments',
      'east/osm-system/Mesh/osm',
      'east/traefik-mesh/Mesh/traefik-mesh',
    ]);
  });

  it('does not take any Deployment labelled app=osm-controller for OSM', () => {
    const impostor = fixtureObject('osm-second-mesh', 'Deployment', 'osm-controller');
    impostor.metadata.labels = { app: 'osm-controller' };
    expect(adapter.detect(snapshotOf([], { extra: [impostor] }))).toEqual([]);
  });

  it('reads objects as list responses return them, without kind or apiVersion', () => {
    const { watchedKinds } = adapter;
    const objects = readFixture('traefik-mesh').flatMap((object) => {
      const kind = watchedKinds.find(
        (k) =>
          k.kind === object.kind && object.apiVersion?.startsWith(k.group ? `${k.group}/` : 'v1'),
      );
      const { kind: _kind, apiVersion: _apiVersion, ...bare } = object;
      return kind ? [{ kindKey: kindKey(kind), object: bare }] : [];
    });
    const snapshot = new InMemorySnapshot('east', watchedKinds.map(kindKey), objects);
    const [mesh] = adapter.detect(snapshot);
    expect(mesh?.controlPlanes.map((c) => [c.name, c.replicas])).toEqual([
      ['traefik-mesh-controller', { desired: 1, ready: 1 }],
      ['traefik-mesh-proxy', { desired: 3, ready: 3 }],
    ]);
    const split = adapter
      .discover(snapshot, mesh as DetectedMesh)
      .policies.find((p) => p.kind === 'TrafficSplit');
    expect(split?.source).toEqual({
      cluster: 'east',
      group: 'split.smi-spec.io',
      kind: 'TrafficSplit',
      namespace: 'shop',
      name: 'server-split',
    });
  });

  it('finds nothing in a cluster without either mesh', () => {
    expect(adapter.detect(snapshotOf(['osm-bookstore']))).toEqual([]);
  });
});

describe('SmiAdapter.capabilities', () => {
  it.each([MeshKind.OSM, MeshKind.TRAEFIK_MESH])('answers every effect type for %s', (kind) => {
    const table = adapter.capabilities[kind];
    for (const effect of Object.values(PolicyEffectType)) {
      const capability = table?.[effect];
      expect(capability).toBeDefined();
      if (capability && !capability.supported) expect(capability.reason.length).toBeGreaterThan(20);
    }
  });

  it('tells the two meshes apart where they differ', () => {
    const osm = adapter.capabilities[MeshKind.OSM];
    const traefik = adapter.capabilities[MeshKind.TRAEFIK_MESH];
    expect(osm?.[PolicyEffectType.RETRY].supported).toBe(true);
    expect(traefik?.[PolicyEffectType.RETRY]).toMatchObject({
      via: expect.stringContaining('retry-attempts'),
    });
    expect(traefik?.[PolicyEffectType.MTLS_MODE]).toMatchObject({
      supported: false,
      reason: expect.stringContaining('no mTLS'),
    });
    expect(osm?.[PolicyEffectType.TIMEOUT].supported).toBe(false);
    expect(traefik?.[PolicyEffectType.MIRROR].supported).toBe(false);
  });
});

describe('SmiAdapter.watchedKinds', () => {
  it('watches every SMI version either mesh serves, all optional', () => {
    const smi = adapter.watchedKinds.filter((k) => k.group.endsWith('smi-spec.io'));
    expect(smi.every((k) => k.optional)).toBe(true);
    const versions = (resource: string) =>
      smi.filter((k) => k.resource === resource).map((k) => k.version);
    expect(versions('trafficsplits')).toEqual(['v1alpha2', 'v1alpha3', 'v1alpha4']);
    expect(versions('traffictargets')).toEqual(['v1alpha2', 'v1alpha3']);
    expect(versions('httproutegroups')).toEqual(['v1alpha3', 'v1alpha4']);
  });
});

function withoutInjector() {
  return snapshotObjects().filter((o) => o.metadata.name !== 'osm-injector');
}

function withoutMeshConfig() {
  return snapshotObjects().filter((o) => o.kind !== 'MeshConfig');
}

function snapshotObjects() {
  return ['osm-controller', 'osm-injector', 'osm-bootstrap']
    .map((name) => fixtureObject('osm-control-plane', 'Deployment', name))
    .concat([fixtureObject('osm-control-plane', 'MeshConfig', 'osm-mesh-config')]);
}
