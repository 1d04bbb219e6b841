import { parse } from 'yaml';
import { type JsonObject, type KubeObject } from '../kube-object';
import { FLEET_CLUSTERS, type ScenarioName } from './fleet-clusters';
import { readScenario } from './scenario-files';

// The fields read below, typed loosely: the scenarios are data, the assertions check their shape.
type Any = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const BUILTIN_GROUPS = new Set(['', 'apps', 'discovery.k8s.io', 'apiextensions.k8s.io']);
const CLUSTER_SCOPED = new Set(['Namespace', 'Node', 'CustomResourceDefinition']);
const BOOTSTRAP_NAMESPACES = new Set(['default', 'kube-system', 'kube-public', 'kube-node-lease']);

const scenarios = Object.fromEntries(
  FLEET_CLUSTERS.map(({ scenario }) => [scenario, readScenario(scenario)]),
) as Record<ScenarioName, KubeObject[]>;
const names = Object.keys(scenarios) as ScenarioName[];

const groupOf = (apiVersion: string) => (apiVersion.includes('/') ? apiVersion.split('/')[0]! : '');
const of = (objects: KubeObject[], kind: string, namespace?: string) =>
  objects.filter(
    (o) => o.kind === kind && (namespace === undefined || o.metadata.namespace === namespace),
  ) as Any[];
const named = (
  objects: KubeObject[],
  kind: string,
  namespace: string | undefined,
  name: string,
): Any => {
  const found = objects.find(
    (o) =>
      o.kind === kind &&
      o.metadata.name === name &&
      (o.metadata.namespace ?? undefined) === namespace,
  );
  if (!found) throw new Error(`no ${kind} ${namespace ?? ''}/${name}`);
  return found;
};
const selects = (selector: Record<string, string>, labels: Record<string, string> = {}) =>
  Object.entries(selector).every(([k, v]) => labels[k] === v);
const containerNames = (spec: Any, field: 'containers' | 'initContainers') =>
  ((spec[field] ?? []) as Any[]).map((c) => c.name as string);

describe.each(names)('scenario %s', (name) => {
  const objects = scenarios[name];
  const crds = of(objects, 'CustomResourceDefinition');

  it('holds only objects with apiVersion, kind and metadata.name, each once', () => {
    const keys = new Set<string>();
    for (const o of objects) {
      expect(typeof o.apiVersion).toBe('string');
      expect(typeof o.kind).toBe('string');
      expect(o.metadata.name).toMatch(/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/);
      const key = `${groupOf(o.apiVersion)}/${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`;
      expect(keys.has(key)).toBe(false);
      keys.add(key);
    }
  });

  it('puts namespaced objects in namespaces it creates and cluster-scoped ones in none', () => {
    const declared = new Set(of(objects, 'Namespace').map((n) => n.metadata.name as string));
    for (const o of objects) {
      if (CLUSTER_SCOPED.has(o.kind)) expect(o.metadata.namespace).toBeUndefined();
      else
        expect(
          declared.has(o.metadata.namespace!) || BOOTSTRAP_NAMESPACES.has(o.metadata.namespace!),
        ).toBe(true);
    }
  });

  it('serves every custom resource from one of its CRDs, at a served version', () => {
    for (const o of objects.filter((x) => !BUILTIN_GROUPS.has(groupOf(x.apiVersion)))) {
      const [group, version] = o.apiVersion.split('/');
      const crd = crds.find((c) => c.spec.group === group && c.spec.names.kind === o.kind);
      expect(crd && `${o.kind}.${group}`).toBe(`${o.kind}.${group}`);
      expect(crd.spec.versions.filter((v: Any) => v.served).map((v: Any) => v.name)).toContain(
        version,
      );
      expect(crd.spec.scope).toBe('Namespaced');
      expect(o.metadata.namespace).toBeDefined();
    }
  });

  it('declares CRDs the API server accepts: plural.group names, one storage version, open schemas', () => {
    expect(crds.length).toBeGreaterThan(0);
    for (const crd of crds) {
      expect(crd.apiVersion).toBe('apiextensions.k8s.io/v1');
      expect(crd.metadata.name).toBe(`${crd.spec.names.plural}.${crd.spec.group}`);
      expect(crd.spec.versions.filter((v: Any) => v.storage)).toHaveLength(1);
      for (const v of crd.spec.versions) {
        expect(v.schema.openAPIV3Schema).toEqual({
          type: 'object',
          'x-kubernetes-preserve-unknown-fields': true,
        });
      }
    }
  });

  it('runs every pod Ready, with a status for each container and an existing service account', () => {
    const pods = of(objects, 'Pod');
    expect(pods.length).toBeGreaterThan(0);
    for (const pod of pods) {
      expect(pod.status.phase).toBe('Running');
      expect(pod.status.conditions.find((c: Any) => c.type === 'Ready').status).toBe('True');
      expect(pod.status.podIP).toMatch(/^10\.\d+\.\d+\.\d+$/);
      expect(pod.status.containerStatuses.map((s: Any) => s.name)).toEqual(
        containerNames(pod.spec, 'containers'),
      );
      expect((pod.status.initContainerStatuses ?? []).map((s: Any) => s.name)).toEqual(
        containerNames(pod.spec, 'initContainers'),
      );
      named(objects, 'ServiceAccount', pod.metadata.namespace, pod.spec.serviceAccountName);
      expect(of(objects, 'Node').map((n) => n.metadata.name)).toContain(pod.spec.nodeName);
    }
    expect(new Set(pods.map((p) => p.status.podIP)).size).toBe(pods.length);
  });

  it('links pods to ReplicaSets to Deployments (and to StatefulSets/DaemonSets) by name and uid', () => {
    for (const o of objects.filter((x) => ['Pod', 'ReplicaSet'].includes(x.kind)) as Any[]) {
      for (const ref of o.metadata.ownerReferences ?? []) {
        const owner = named(objects, ref.kind, o.metadata.namespace, ref.name);
        expect(ref.uid).toBe(owner.metadata.uid);
        const selector = owner.spec.selector?.matchLabels;
        if (selector) expect(selects(selector, o.metadata.labels)).toBe(true);
      }
    }
    for (const d of of(objects, 'Deployment')) {
      const rs = of(objects, 'ReplicaSet', d.metadata.namespace).filter(
        (r) => r.metadata.ownerReferences[0].name === d.metadata.name,
      );
      const pods = of(objects, 'Pod', d.metadata.namespace).filter((p) =>
        rs.some((r) => r.metadata.name === p.metadata.ownerReferences[0].name),
      );
      expect([d.spec.replicas, d.status.readyReplicas, d.status.replicas]).toEqual([
        pods.length,
        pods.length,
        pods.length,
      ]);
    }
  });

  it('gives each selecting Service an EndpointSlice with exactly its pods, addressed by pod IP', () => {
    for (const svc of of(objects, 'Service').filter((s) => s.spec.selector)) {
      const ns = svc.metadata.namespace;
      const slices = of(objects, 'EndpointSlice', ns).filter(
        (s) => s.metadata.labels['kubernetes.io/service-name'] === svc.metadata.name,
      );
      expect(slices).toHaveLength(1);
      const pods = of(objects, 'Pod', ns).filter((p) =>
        selects(svc.spec.selector, p.metadata.labels),
      );
      const endpoints = slices[0].endpoints as Any[];
      expect(endpoints.map((e) => e.targetRef.name).sort()).toEqual(
        pods.map((p) => p.metadata.name).sort(),
      );
      for (const e of endpoints) {
        const pod = pods.find((p) => p.metadata.name === e.targetRef.name);
        expect([e.addresses[0], e.targetRef.uid, e.nodeName]).toEqual([
          pod.status.podIP,
          pod.metadata.uid,
          pod.spec.nodeName,
        ]);
      }
      expect(slices[0].metadata.ownerReferences[0].uid).toBe(svc.metadata.uid);
    }
  });
});

describe('Istio east/west', () => {
  const east = scenarios['istio-east'];
  const west = scenarios['istio-west'];

  it.each([
    ['east', east, 'network-east'],
    ['west', west, 'network-west'],
  ])(
    'runs istiod-1-24 for cluster %s on its network with trust domain cluster.local',
    (cluster, objects, network) => {
      const istiod = named(objects, 'Deployment', 'istio-system', 'istiod-1-24');
      expect(istiod.metadata.labels).toMatchObject({
        app: 'istiod',
        'istio.io/rev': '1-24',
        istio: 'pilot',
      });
      const env = istiod.spec.template.spec.containers[0].env as Any[];
      expect(env.find((e) => e.name === 'CLUSTER_ID').value).toBe(cluster);
      expect(
        named(objects, 'Namespace', undefined, 'istio-system').metadata.labels[
          'topology.istio.io/network'
        ],
      ).toBe(network);
      const mesh = parse(named(objects, 'ConfigMap', 'istio-system', 'istio-1-24').data.mesh);
      expect(mesh.trustDomain).toBe('cluster.local');
      const gateway = named(objects, 'Gateway', 'istio-system', 'cross-network-gateway');
      expect(gateway.spec.servers[0]).toMatchObject({
        port: { number: 15443 },
        tls: { mode: 'AUTO_PASSTHROUGH' },
      });
      expect(
        named(objects, 'Service', 'istio-system', 'istio-eastwestgateway').status.loadBalancer
          .ingress[0].ip,
      ).toBeTruthy();
    },
  );

  it('links each primary to the other through a labelled remote secret with a placeholder token', () => {
    for (const [objects, peer] of [
      [east, 'west'],
      [west, 'east'],
    ] as const) {
      const secret = named(objects, 'Secret', 'istio-system', `istio-remote-secret-${peer}`);
      expect(secret.metadata.labels['istio/multiCluster']).toBe('true');
      const kubeconfig = parse(Buffer.from(secret.data[peer], 'base64').toString());
      expect(kubeconfig.clusters[0].name).toBe(peer);
      expect(kubeconfig.users[0].user.token).toMatch(/^placeholder-/);
    }
  });

  it('injects istio-proxy and istio-init into shop pods and leaves ambient ledger pods alone', () => {
    for (const pod of of(east, 'Pod', 'shop')) {
      expect(containerNames(pod.spec, 'containers')).toContain('istio-proxy');
      expect(containerNames(pod.spec, 'initContainers')).toEqual(['istio-init']);
      expect(JSON.parse(pod.metadata.annotations['sidecar.istio.io/status']).revision).toBe('1-24');
      expect(pod.metadata.labels).toMatchObject({
        'security.istio.io/tlsMode': 'istio',
        version: expect.stringMatching(/^v\d/),
      });
    }
    for (const pod of of(east, 'Pod', 'ledger')) {
      expect(containerNames(pod.spec, 'containers')).not.toContain('istio-proxy');
      expect(pod.metadata.annotations['ambient.istio.io/redirection']).toBe('enabled');
    }
    expect(
      named(east, 'Namespace', undefined, 'ledger').metadata.labels['istio.io/dataplane-mode'],
    ).toBe('ambient');
    expect(
      of(east, 'Pod', 'istio-system').filter((p) => p.metadata.labels.app === 'ztunnel'),
    ).toHaveLength(3);
  });

  it('splits cart 90/10 with timeout and retries, and serves cart from both clusters', () => {
    const vs = named(east, 'VirtualService', 'shop', 'cart');
    expect(vs.spec.http[0].route.map((r: Any) => [r.destination.subset, r.weight])).toEqual([
      ['v1', 90],
      ['v2', 10],
    ]);
    expect(vs.spec.http[0]).toMatchObject({ timeout: '2s', retries: { attempts: 3 } });
    expect(
      named(east, 'VirtualService', 'shop', 'payments').spec.http[0].fault.delay,
    ).toBeDefined();
    expect(named(east, 'PeerAuthentication', 'istio-system', 'default').spec.mtls.mode).toBe(
      'STRICT',
    );
    expect(
      named(east, 'AuthorizationPolicy', 'shop', 'cart-allow-frontend').spec.rules[0].from[0].source
        .principals,
    ).toEqual(['cluster.local/ns/shop/sa/frontend']);
    for (const objects of [east, west])
      expect(named(objects, 'Service', 'shop', 'cart').spec.selector).toEqual({ app: 'cart' });
  });
});

describe('Linkerd north', () => {
  const north = scenarios['linkerd-north'];

  it('runs the control plane with version labels and proxies in emojivoto, one as a native sidecar', () => {
    for (const component of ['destination', 'identity', 'proxy-injector']) {
      expect(
        named(north, 'Deployment', 'linkerd', `linkerd-${component}`).metadata.labels,
      ).toMatchObject({
        'linkerd.io/control-plane-component': component,
        'app.kubernetes.io/version': 'edge-25.8.5',
      });
    }
    const pods = of(north, 'Pod', 'emojivoto');
    const native = pods.filter((p) =>
      containerNames(p.spec, 'initContainers').includes('linkerd-proxy'),
    );
    expect(native.map((p) => p.metadata.labels.app)).toEqual(['voting-svc']);
    expect(
      native[0].spec.initContainers.find((c: Any) => c.name === 'linkerd-proxy').restartPolicy,
    ).toBe('Always');
    for (const pod of pods.filter((p) => !native.includes(p)))
      expect(pod.spec.containers[0].name).toBe('linkerd-proxy');
  });

  it('routes, authorizes and mirrors as the brief of the demo says', () => {
    const route = named(north, 'HTTPRoute', 'emojivoto', 'web-split');
    expect(route.spec.rules[0].backendRefs.map((b: Any) => b.weight)).toEqual([90, 10]);
    expect(route.spec.rules[0].timeouts).toEqual({ request: '10s', backendRequest: '2s' });
    expect(
      named(north, 'AuthorizationPolicy', 'emojivoto', 'voting-grpc-from-web').spec.targetRef.name,
    ).toBe('voting-grpc');
    expect(named(north, 'Link', 'linkerd-multicluster', 'south').spec.targetClusterName).toBe(
      'south',
    );
    expect(named(north, 'Service', 'payments', 'payments-south').metadata.labels).toMatchObject({
      'mirror.linkerd.io/mirrored-service': 'true',
      'mirror.linkerd.io/cluster-name': 'south',
    });
  });
});

describe('Consul south and OSM central', () => {
  const south = scenarios['consul-south'];
  const central = scenarios['osm-central'];

  it('runs Consul 1.20 servers and injects consul-dataplane into payments pods', () => {
    const server = named(south, 'StatefulSet', 'consul', 'consul-server');
    expect(server.metadata.labels).toMatchObject({
      app: 'consul',
      chart: 'consul-helm',
      component: 'server',
    });
    expect(server.spec.template.spec.containers[0].image).toMatch(/^hashicorp\/consul:1\.20\./);
    named(south, 'Deployment', 'consul', 'consul-connect-injector');
    for (const pod of of(south, 'Pod', 'payments')) {
      expect(containerNames(pod.spec, 'containers')).toContain('consul-dataplane');
      expect(pod.metadata.annotations['consul.hashicorp.com/connect-inject-status']).toBe(
        'injected',
      );
    }
    expect(named(south, 'ExportedServices', 'consul', 'default').spec.services[0]).toEqual({
      name: 'payments',
      consumers: [{ peer: 'north' }],
    });
    for (const kind of [
      'ServiceIntentions',
      'ServiceSplitter',
      'ServiceRouter',
      'ServiceResolver',
      'ServiceDefaults',
      'PeeringAcceptor',
    ]) {
      expect(of(south, kind).length).toBeGreaterThan(0);
    }
  });

  it('runs OSM with envoy sidecars, a 50/50 TrafficSplit and TrafficTargets over HTTPRouteGroups', () => {
    for (const name of ['osm-controller', 'osm-injector', 'osm-bootstrap']) {
      expect(named(central, 'Deployment', 'osm-system', name).metadata.labels).toMatchObject({
        app: name,
        meshName: 'osm',
      });
    }
    named(central, 'MeshConfig', 'osm-system', 'osm-mesh-config');
    const meshed = of(central, 'Pod').filter((p) => p.metadata.namespace.startsWith('book'));
    expect(meshed).toHaveLength(4);
    for (const pod of meshed) {
      expect(containerNames(pod.spec, 'containers')).toContain('envoy');
      expect(containerNames(pod.spec, 'initContainers')).toEqual(['osm-init']);
      expect(pod.metadata.labels['osm-proxy-uuid']).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(
      named(central, 'TrafficSplit', 'bookstore', 'bookstore-split').spec.backends.map(
        (b: Any) => b.weight,
      ),
    ).toEqual([50, 50]);
    const target = named(central, 'TrafficTarget', 'bookstore', 'bookstore');
    named(central, 'HTTPRouteGroup', 'bookstore', target.spec.rules[0].name);
  });
});

it('keeps private keys out of the scenario files', () => {
  for (const objects of Object.values(scenarios)) {
    expect(JSON.stringify(objects)).not.toMatch(/PRIVATE KEY/);
    for (const s of objects.filter((o) => o.kind === 'Secret')) {
      for (const v of Object.values((s as JsonObject).data as JsonObject)) {
        expect(Buffer.from(String(v), 'base64').toString()).not.toMatch(/PRIVATE KEY/);
      }
    }
  }
});
