import { DataPlaneMode, IdentityScheme, type Workload, WorkloadKind } from '@meshwork/model';
import { fixtureSnapshot } from '../__fixtures__/load-fixtures';
import { ConsulAdapter } from '../consul-adapter';

const adapter = new ConsulAdapter();

function discover(...fixtures: string[]) {
  const snapshot = fixtureSnapshot('east', 'control-plane', ...fixtures).build();
  const meshes = adapter.detect(snapshot);
  return meshes.map((mesh) => ({ mesh, discovery: adapter.discover(snapshot, mesh) }));
}

const byName = (workloads: Workload[], name: string) => workloads.find((w) => w.name === name);

describe('Consul workload discovery', () => {
  const [consul] = discover('shop-workloads');
  const workloads = consul?.discovery.workloads ?? [];

  it('reads an injected Deployment as a sidecar workload with its consul-dataplane version', () => {
    expect(byName(workloads, 'frontend')).toEqual({
      id: 'east/shop/Deployment/frontend',
      cluster: 'east',
      namespace: 'shop',
      name: 'frontend',
      kind: WorkloadKind.DEPLOYMENT,
      labels: { app: 'frontend', version: 'v1' },
      replicas: { desired: 2, ready: 2 },
      dataPlaneMode: DataPlaneMode.SIDECAR,
      mesh: 'east/consul/Mesh/consul',
      proxyVersion: '1.4.1',
      serviceAccount: 'frontend',
      version: 'v1',
      identity: {
        scheme: IdentityScheme.SPIFFE,
        value: 'spiffe://unknown.consul/ns/default/dc/dc-east/svc/frontend',
        trustDomain: 'unknown.consul',
        namespace: 'shop',
        serviceAccount: 'frontend',
        service: 'frontend',
        mesh: 'east/consul/Mesh/consul',
      },
      services: ['east/shop/Service/frontend', 'east/shop/Service/frontend-metrics'],
    });
  });

  it('finds consul-dataplane among initContainers as a native sidecar', () => {
    expect(byName(workloads, 'api-v2')).toMatchObject({
      dataPlaneMode: DataPlaneMode.NATIVE_SIDECAR,
      proxyVersion: '1.5.0',
      version: 'v2',
    });
  });

  it('names the identity after the connect-service annotation and leaves version unset without a label', () => {
    const payments = byName(workloads, 'payments');
    expect(payments?.identity?.value).toBe(
      'spiffe://unknown.consul/ns/default/dc/dc-east/svc/billing',
    );
    expect(payments?.version).toBeUndefined();
    expect(payments?.replicas).toEqual({ desired: 2, ready: 1 });
  });

  it('reads a consul-k8s 0.x pod with envoy-sidecar as a meshed bare pod', () => {
    expect(byName(workloads, 'legacy-cart')).toMatchObject({
      kind: WorkloadKind.POD,
      dataPlaneMode: DataPlaneMode.SIDECAR,
      proxyVersion: 'v1.22.2',
      replicas: { desired: 1, ready: 0 },
    });
  });

  it('lists an opted-in workload whose pods were never injected with mode NONE and no mesh', () => {
    const reports = byName(workloads, 'reports');
    expect(reports?.dataPlaneMode).toBe(DataPlaneMode.NONE);
    expect(reports?.mesh).toBeUndefined();
    expect(reports?.identity).toBeUndefined();
  });

  it('leaves out workloads that never opted in and the control plane itself', () => {
    expect(workloads.map((w) => w.name).sort()).toEqual([
      'api-v1',
      'api-v2',
      'frontend',
      'legacy-cart',
      'payments',
      'reports',
    ]);
  });

  it('lists one identity per Consul service the proxies run as', () => {
    expect(consul?.discovery.identities.map((i) => i.service)).toEqual([
      'api',
      'billing',
      'frontend',
      'legacy-cart',
    ]);
  });

  it('gives each release only the pods whose consul-dataplane names its servers', () => {
    const results = discover('shop-workloads', 'second-release');
    const names = (meshName: string) =>
      results
        .find((r) => r.mesh.name === meshName)
        ?.discovery.workloads.map((w) => `${w.namespace}/${w.name}:${w.dataPlaneMode}`)
        .sort();
    expect(names('team-b-consul')).toEqual([
      'payments-b/ledger:SIDECAR',
      'payments-b/migrator:NONE',
      'shared/cache-b:SIDECAR',
    ]);
    expect(names('consul')).toContain('shared/cache-a:SIDECAR');
    expect(names('consul')).not.toContain('shared/cache-b:SIDECAR');
    const ledger = results
      .find((r) => r.mesh.name === 'team-b-consul')
      ?.discovery.workloads.find((w) => w.name === 'ledger');
    expect(ledger).toMatchObject({ kind: WorkloadKind.STATEFUL_SET, version: 'v3' });
  });

  it('finds no workloads in a mesh nobody has joined yet', () => {
    const [empty] = discover();
    expect(empty?.discovery).toEqual({
      services: [],
      workloads: [],
      policies: [],
      identities: [],
      links: [],
      certificates: [],
      errors: [],
    });
  });
});
