import { KubeConfig, KubernetesObjectApi } from '@kubernetes/client-node';
import { FleetSim } from '../fleet/fleet-sim';
import { type KubeObject } from '../kube-object';
import { applyScenario } from './apply-scenario';
import { createCaMaterial } from './ca-material';
import { readScenario } from './scenario-files';

type Any = any; // eslint-disable-line @typescript-eslint/no-explicit-any

let sim: FleetSim;
let kubeConfig: KubeConfig;
let api: KubernetesObjectApi;
let objects: KubeObject[];

beforeAll(async () => {
  sim = await FleetSim.start({ clusters: [{ name: 'east' }] });
  kubeConfig = new KubeConfig();
  kubeConfig.loadFromString(sim.kubeconfig());
  kubeConfig.setCurrentContext('east');
  api = KubernetesObjectApi.makeApiClient(kubeConfig);
  const scenario = readScenario('istio-east');
  const namespaces = scenario.filter((o) => o.kind === 'Namespace').map((o) => o.metadata.name);
  const ca = await createCaMaterial();
  objects = [...scenario, ...ca.objectsFor('east', ['default', ...namespaces])];
}, 30_000);

afterAll(async () => {
  await sim.stop();
});

const list = async (apiVersion: string, kind: string, namespace?: string): Promise<Any[]> =>
  (await api.list(apiVersion, kind, namespace)).items as Any[];

describe('applyScenario', () => {
  it('loads a scenario through the API and reads back every object, status included', async () => {
    const result = await applyScenario(kubeConfig, objects);
    expect(result.applied).toBe(objects.length);
    const withStatus = objects.filter(
      (o) => o.status !== undefined && !['Namespace', 'CustomResourceDefinition'].includes(o.kind),
    );
    expect(result.statusWrites).toBe(withStatus.length);

    for (const kind of [
      'Pod',
      'Deployment',
      'ReplicaSet',
      'Service',
      'EndpointSlice',
      'ConfigMap',
    ]) {
      const expected = objects.filter((o) => o.kind === kind);
      const apiVersion = expected[0]!.apiVersion;
      const names = (await list(apiVersion, kind)).map(
        (o) => `${o.metadata.namespace}/${o.metadata.name}`,
      );
      for (const o of expected)
        expect(names).toContain(`${o.metadata.namespace}/${o.metadata.name}`);
    }
    const pods = await list('v1', 'Pod', 'shop');
    expect(pods).toHaveLength(
      objects.filter((o) => o.kind === 'Pod' && o.metadata.namespace === 'shop').length,
    );
    for (const pod of pods) {
      const written = objects.find(
        (o) => o.kind === 'Pod' && o.metadata.name === pod.metadata.name,
      ) as Any;
      expect(pod.status.phase).toBe('Running');
      expect(pod.status.podIP).toBe(written.status.podIP);
      expect(pod.status.containerStatuses.map((s: Any) => s.name)).toEqual(
        ['cart', 'checkout', 'frontend', 'payments'].includes(pod.spec.containers[0].name)
          ? [pod.spec.containers[0].name, 'istio-proxy']
          : [],
      );
    }
    const deployment = (await api.read({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'cart-v1', namespace: 'shop' },
    })) as Any;
    expect(deployment.status.readyReplicas).toBe(2);
  });

  it('points ownerReferences and EndpointSlice targets at the uids the server assigned', async () => {
    const replicaSets = await list('apps/v1', 'ReplicaSet', 'shop');
    const deployments = await list('apps/v1', 'Deployment', 'shop');
    for (const rs of replicaSets) {
      const owner = deployments.find(
        (d) => d.metadata.name === rs.metadata.ownerReferences[0].name,
      );
      expect(rs.metadata.ownerReferences[0].uid).toBe(owner.metadata.uid);
    }
    const pods = await list('v1', 'Pod', 'shop');
    for (const pod of pods) {
      const owner = replicaSets.find(
        (r) => r.metadata.name === pod.metadata.ownerReferences[0].name,
      );
      expect(pod.metadata.ownerReferences[0].uid).toBe(owner.metadata.uid);
    }
    const [slice] = (await list('discovery.k8s.io/v1', 'EndpointSlice', 'shop')).filter(
      (s) => s.metadata.labels['kubernetes.io/service-name'] === 'cart',
    );
    expect(slice.endpoints).toHaveLength(3);
    for (const endpoint of slice.endpoints) {
      const pod = pods.find((p) => p.metadata.name === endpoint.targetRef.name);
      expect(endpoint.targetRef.uid).toBe(pod.metadata.uid);
      expect(endpoint.addresses).toEqual([pod.status.podIP]);
    }
  });

  it('creates CRDs as written and serves their custom resources', async () => {
    const crd = sim
      .cluster('east')
      .store.get(
        'apiextensions.k8s.io/v1',
        'CustomResourceDefinition',
        'virtualservices.networking.istio.io',
      );
    const versions = (crd?.spec as Any).versions as Any[];
    expect(
      versions.find((v) => v.storage).schema.openAPIV3Schema[
        'x-kubernetes-preserve-unknown-fields'
      ],
    ).toBe(true);
    const vs = (await api.read({
      apiVersion: 'networking.istio.io/v1',
      kind: 'VirtualService',
      metadata: { name: 'cart', namespace: 'shop' },
    })) as Any;
    expect(vs.spec.http[0].route.map((r: Any) => r.weight)).toEqual([90, 10]);
    const gateway = await list('networking.istio.io/v1', 'Gateway', 'istio-system');
    expect(gateway.map((g) => g.metadata.name)).toEqual(['cross-network-gateway']);
  });

  it('re-applies without changes and keeps the same uids', async () => {
    const before = await list('v1', 'Pod', 'shop');
    const again = await applyScenario(kubeConfig, objects);
    expect(again.applied).toBe(objects.length);
    const after = await list('v1', 'Pod', 'shop');
    expect(after.map((p) => p.metadata.uid).sort()).toEqual(
      before.map((p) => p.metadata.uid).sort(),
    );
  });

  it('names the object and the API error when a write is refused', async () => {
    // Service names are DNS-1035 labels: no leading digit.
    const bad: KubeObject = {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: '1cart', namespace: 'shop' },
      spec: { ports: [{ port: 80 }] },
    };
    await expect(applyScenario(kubeConfig, [bad])).rejects.toThrow(
      /^applyScenario: apply Service shop\/1cart: 422 Service "1cart" is invalid/,
    );
  });
});
