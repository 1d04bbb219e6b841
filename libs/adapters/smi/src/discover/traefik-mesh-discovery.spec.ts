import { type DetectedMesh, type KubeObject } from '@meshwork/adapters-core';
import {
  AccessAction,
  ClusterErrorCode,
  DataPlaneMode,
  type NativePolicy,
  PolicyEffectType,
} from '@meshwork/model';
import { SmiAdapter } from '../smi-adapter';
import { type SnapshotOptions, fixtureObject, readFixture, snapshotOf } from '../testing/fixtures';

const adapter = new SmiAdapter();

function discoverTraefik(options: SnapshotOptions = {}, fixtures = ['traefik-mesh']) {
  const snapshot = snapshotOf(fixtures, options);
  const mesh = adapter.detect(snapshot).find((m) => m.name === 'traefik-mesh') as DetectedMesh;
  return adapter.discover(snapshot, mesh);
}

/** The fixture with the controller's args replaced. */
function withControllerArgs(args: string[]): KubeObject[] {
  const controller = fixtureObject('traefik-mesh', 'Deployment', 'traefik-mesh-controller');
  const container = controller.spec as { template: { spec: { containers: { args: string[] }[] } } };
  (container.template.spec.containers[0] as { args: string[] }).args = args;
  return [
    ...readFixture('traefik-mesh').filter((o) => o.metadata.name !== 'traefik-mesh-controller'),
    controller,
  ];
}

const policyOf = (policies: readonly NativePolicy[], id: string): NativePolicy => {
  const found = policies.find((p) => p.id === id);
  if (!found) throw new Error(`no policy ${id} in ${policies.map((p) => p.id).join(', ')}`);
  return found;
};

describe('Traefik Mesh discovery', () => {
  const discovery = discoverTraefik();

  it('treats every Service of a watched namespace as meshed, as the controller does', () => {
    // Not: default/kubernetes, kube-system, the ignored namespace, ExternalName Services, and the
    // mesh's own namespace with its shadow Services.
    expect(discovery.services.map((s) => s.id)).toEqual([
      'east/shop/Service/db',
      'east/shop/Service/server',
      'east/shop/Service/server-v1',
      'east/shop/Service/server-v2',
    ]);
    expect(
      discovery.services.every((s) => s.meshes[0] === 'east/traefik-mesh/Mesh/traefik-mesh'),
    ).toBe(true);
  });

  it('gives Service ports the traffic type the proxies use, from either annotation prefix or the default', () => {
    const protocol = (name: string) =>
      discovery.services.find((s) => s.name === name)?.ports.map((p) => p.appProtocol);
    expect(protocol('server')).toEqual(['http']);
    expect(protocol('db')).toEqual(['tcp']);
    expect(protocol('server-v1')).toEqual(['http']);
  });

  it('serves workloads behind a meshed Service through node proxies and lists the rest as unmeshed', () => {
    expect(discovery.workloads.map((w) => [w.id, w.dataPlaneMode, w.proxyVersion])).toEqual([
      ['east/shop/Deployment/client', DataPlaneMode.NONE, undefined],
      ['east/shop/Deployment/server-v1', DataPlaneMode.NODE_PROXY, '2.10.7'],
      ['east/shop/Deployment/server-v2', DataPlaneMode.NODE_PROXY, '2.10.7'],
      ['east/shop/StatefulSet/db', DataPlaneMode.NODE_PROXY, '2.10.7'],
    ]);
    const server = discovery.workloads[1];
    expect(server).toMatchObject({
      mesh: 'east/traefik-mesh/Mesh/traefik-mesh',
      serviceAccount: 'server',
    });
    expect(server?.identity).toBeUndefined();
  });

  it('has no identities, since Traefik Mesh issues no certificates', () => {
    expect(discovery.identities).toEqual([]);
  });

  it('reads the v1alpha3 TrafficSplit', () => {
    const split = policyOf(
      discovery.policies,
      'east/shop/TrafficSplit.split.smi-spec.io/server-split',
    );
    expect(split.source.version).toBe('v1alpha3');
    expect(split.effects).toEqual([
      {
        type: PolicyEffectType.TRAFFIC_SPLIT,
        backends: [
          { service: 'east/shop/Service/server-v1', weight: 80 },
          { service: 'east/shop/Service/server-v2', weight: 20 },
        ],
      },
    ]);
  });

  it('reads v1alpha2 TrafficTargets in ACL mode, naming callers by ServiceAccount', () => {
    const target = policyOf(
      discovery.policies,
      'east/shop/TrafficTarget.access.smi-spec.io/client-server-target',
    );
    expect(target.targets).toEqual([
      { type: 'SERVICE', service: 'east/shop/Service/server' },
      { type: 'SERVICE', service: 'east/shop/Service/server-v1' },
      { type: 'SERVICE', service: 'east/shop/Service/server-v2' },
    ]);
    expect(target.effects).toEqual([
      {
        type: PolicyEffectType.ACCESS,
        action: AccessAction.ALLOW,
        rules: [
          {
            from: [{ identities: ['system:serviceaccount:shop:client'] }],
            to: [{ paths: ['/api'] }],
          },
        ],
      },
    ]);
  });

  it('narrows a v1alpha2 TCP rule to the destination port', () => {
    const target = policyOf(
      discovery.policies,
      'east/shop/TrafficTarget.access.smi-spec.io/server-db-target',
    );
    expect(target.effects).toEqual([
      {
        type: PolicyEffectType.ACCESS,
        action: AccessAction.ALLOW,
        rules: [
          {
            from: [{ identities: ['system:serviceaccount:shop:server'] }],
            to: [{ ports: [5432] }],
          },
        ],
      },
    ]);
  });

  it('reads retry and circuit-breaker annotations as a Service-level policy', () => {
    const annotations = policyOf(discovery.policies, 'east/shop/Service.mesh.traefik.io/server');
    expect(annotations.kind).toBe('Service');
    expect(annotations.source).toMatchObject({
      group: '',
      version: 'v1',
      kind: 'Service',
      name: 'server',
    });
    expect(annotations.targets).toEqual([{ type: 'SERVICE', service: 'east/shop/Service/server' }]);
    expect(annotations.effects).toEqual([
      { type: PolicyEffectType.RETRY, attempts: 2 },
      { type: PolicyEffectType.CIRCUIT_BREAKER },
    ]);
    expect(annotations.unmodelled).toEqual([
      'metadata.annotations["mesh.traefik.io/circuit-breaker-expression"]',
      'metadata.annotations["mesh.traefik.io/ratelimit-average"]',
      'metadata.annotations["mesh.traefik.io/ratelimit-burst"]',
    ]);
    expect(
      discovery.policies.some((p) => p.id === 'east/shop/Service.mesh.traefik.io/server-v1'),
    ).toBe(false);
  });

  it('reports no errors and no links', () => {
    expect(discovery.errors).toEqual([]);
    expect(discovery.links).toEqual([]);
  });
});

describe('Traefik Mesh discovery, odd cases', () => {
  it('keeps TrafficTargets without effects when the controller runs without ACL mode', () => {
    const snapshot = snapshotOf([], { extra: withControllerArgs(['--namespace=traefik-mesh']) });
    const [mesh] = adapter.detect(snapshot) as [DetectedMesh];
    expect(mesh.attributes['acl']).toBe('false');
    const target = policyOf(
      adapter.discover(snapshot, mesh).policies,
      'east/shop/TrafficTarget.access.smi-spec.io/client-server-target',
    );
    expect(target.effects).toEqual([]);
    expect(target.unmodelled).toContain(
      'spec (not enforced: Traefik Mesh runs without ACL mode, --acl)',
    );
  });

  it('meshes only the namespaces in --watchNamespaces when set', () => {
    const snapshot = snapshotOf([], {
      extra: withControllerArgs(['--acl', '--watchNamespaces=legacy']),
    });
    const [mesh] = adapter.detect(snapshot) as [DetectedMesh];
    const discovery = adapter.discover(snapshot, mesh);
    expect(discovery.services.map((s) => s.id)).toEqual(['east/legacy/Service/reports']);
    expect(discovery.policies).toEqual([]);
  });

  it('reports an unreadable retry annotation as an error on that Service and keeps the Service', () => {
    const server = fixtureObject('traefik-mesh', 'Service', 'server');
    server.metadata.annotations = { 'mesh.traefik.io/retry-attempts': 'twice' };
    const objects = readFixture('traefik-mesh').filter(
      (o) => !(o.kind === 'Service' && o.metadata.name === 'server'),
    );
    const discovery = discoverTraefik({ extra: [...objects, server] }, []);
    expect(discovery.errors).toEqual([
      expect.objectContaining({
        code: ClusterErrorCode.INVALID_OBJECT,
        group: '',
        resource: 'services',
        namespace: 'shop',
        name: 'server',
        message:
          'Service shop/server: mesh.traefik.io/retry-attempts must be a whole number, got "twice"',
      }),
    ]);
    expect(discovery.services.map((s) => s.name)).toContain('server');
  });

  it('discovers nothing but Services and workloads when no SMI CRD is installed', () => {
    const { watchedKinds } = adapter;
    const smiKinds = watchedKinds.filter((k) => k.group.endsWith('smi-spec.io'));
    const discovery = discoverTraefik({ withhold: smiKinds });
    expect(discovery.policies.map((p) => p.kind)).toEqual(['Service']);
    expect(discovery.services).toHaveLength(4);
    expect(discovery.errors).toEqual([]);
  });

  it('reports a mesh without its proxy DaemonSet as down', () => {
    const objects = readFixture('traefik-mesh').filter((o) => o.kind !== 'DaemonSet');
    const [mesh] = adapter.detect(snapshotOf([], { extra: objects }));
    expect(mesh?.health).toBe('DOWN');
  });
});
