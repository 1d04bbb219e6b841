import { KubeConfig, KubernetesObjectApi } from '@kubernetes/client-node';
import { FleetSim } from '../fleet/fleet-sim';
import { type KubeObject } from '../kube-object';
import { applyScenario } from './apply-scenario';
import { generateFleet, type GeneratedCluster } from './generate-fleet';

type Any = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const small = {
  clusters: 4,
  servicesPerCluster: 30,
  workloadsPerService: 2,
  podsPerWorkload: 2,
  seed: 7,
};
const of = (c: GeneratedCluster, kind: string): Any[] => c.objects.filter((o) => o.kind === kind);
const inApps = (objects: Any[]) => objects.filter((o) => o.metadata.namespace?.startsWith('team-'));

describe('generateFleet', () => {
  it('gives the same objects for the same seed and different ones for another seed', () => {
    const a = generateFleet(small);
    expect(generateFleet(small)).toEqual(a);
    expect(JSON.stringify(generateFleet(small))).toBe(JSON.stringify(a));
    const b = generateFleet({ ...small, seed: 8 });
    expect(b.map((c) => c.cluster)).toEqual(a.map((c) => c.cluster));
    expect(JSON.stringify(b)).not.toBe(JSON.stringify(a));
  });

  it('produces the asked numbers of clusters, services, workloads and pods, over the four meshes', () => {
    const fleet = generateFleet({ ...small, workloadsPerService: 3, podsPerWorkload: 4 });
    expect(fleet.map((c) => c.mesh)).toEqual(['istio', 'linkerd', 'consul', 'osm']);
    for (const c of fleet) {
      const services = inApps(of(c, 'Service')).filter((s) => !s.spec.selector.version);
      expect(services).toHaveLength(30);
      expect(inApps(of(c, 'Deployment'))).toHaveLength(30 * 3);
      expect(inApps(of(c, 'ReplicaSet'))).toHaveLength(30 * 3);
      expect(inApps(of(c, 'Pod'))).toHaveLength(30 * 3 * 4);
      const slices = inApps(of(c, 'EndpointSlice'));
      for (const svc of services) {
        const slice = slices.find(
          (s) => s.metadata.labels['kubernetes.io/service-name'] === svc.metadata.name,
        );
        expect(slice.endpoints).toHaveLength(3 * 4);
      }
      expect(of(c, 'Pod').every((p) => p.status.phase === 'Running')).toBe(true);
      expect(new Set(of(c, 'Pod').map((p) => p.status.podIP)).size).toBe(of(c, 'Pod').length);
    }
  });

  it('builds each mesh its control plane, injected pods and policies over existing services', () => {
    const fleet = generateFleet(small);
    const sidecar: Record<string, string> = {
      istio: 'istio-proxy',
      linkerd: 'linkerd-proxy',
      consul: 'consul-dataplane',
      osm: 'envoy',
    };
    const controlPlane: Record<string, string> = {
      istio: 'istiod',
      linkerd: 'linkerd-destination',
      consul: 'consul-connect-injector',
      osm: 'osm-controller',
    };
    const policyKinds: Record<string, string[]> = {
      istio: ['VirtualService', 'DestinationRule', 'AuthorizationPolicy'],
      linkerd: ['HTTPRoute', 'Server', 'MeshTLSAuthentication', 'AuthorizationPolicy'],
      consul: ['ServiceDefaults', 'ServiceResolver', 'ServiceSplitter', 'ServiceIntentions'],
      osm: ['TrafficSplit', 'HTTPRouteGroup', 'TrafficTarget'],
    };
    for (const c of fleet) {
      expect(of(c, 'Deployment').map((d) => d.metadata.name)).toContain(controlPlane[c.mesh]);
      for (const pod of inApps(of(c, 'Pod'))) {
        const names = [...(pod.spec.initContainers ?? []), ...pod.spec.containers].map(
          (x: Any) => x.name,
        );
        expect(names).toContain(sidecar[c.mesh]);
      }
      const crds = of(c, 'CustomResourceDefinition');
      const services = new Set(
        of(c, 'Service').map((s) => `${s.metadata.namespace}/${s.metadata.name}`),
      );
      for (const kind of policyKinds[c.mesh]!) {
        const policies = c.objects.filter((o) => o.kind === kind) as Any[];
        expect(policies.length).toBeGreaterThan(0);
        const [group] = policies[0].apiVersion.split('/');
        expect(crds.some((d) => d.spec.group === group && d.spec.names.kind === kind)).toBe(true);
      }
      for (const split of c.objects.filter((o) =>
        ['TrafficSplit', 'HTTPRoute'].includes(o.kind),
      ) as Any[]) {
        const backends =
          split.kind === 'TrafficSplit'
            ? split.spec.backends.map((b: Any) => b.service)
            : split.spec.rules[0].backendRefs.map((b: Any) => b.name);
        for (const backend of backends)
          expect(services.has(`${split.metadata.namespace}/${backend}`)).toBe(true);
      }
    }
  });

  it('generates 20 x 500 x 2 x 3 within a few seconds', () => {
    const started = Date.now();
    const cpu = process.cpuUsage();
    const fleet = generateFleet({
      clusters: 20,
      servicesPerCluster: 500,
      workloadsPerService: 2,
      podsPerWorkload: 3,
      seed: 'bench',
    });
    const elapsed = Date.now() - started;
    const used = process.cpuUsage(cpu);
    const cpuMs = Math.round((used.user + used.system) / 1000);
    const objects = fleet.reduce((n, c) => n + c.objects.length, 0);
    const pods = fleet.reduce((n, c) => n + inApps(of(c, 'Pod')).length, 0);
    expect(pods).toBe(20 * 500 * 2 * 3);
    // CPU time, not wall time: the test machine is shared; about 3 s on an idle 2-core machine.
    expect(cpuMs).toBeLessThan(10_000);
    process.stdout.write(
      `generateFleet 20x500x2x3: ${objects} objects, ${pods} app pods in ${elapsed} ms (${cpuMs} ms CPU)\n`,
    );
  }, 30_000);

  it('loads into FleetSim directly and through applyScenario', async () => {
    const [istio, linkerd] = generateFleet({
      clusters: 2,
      servicesPerCluster: 8,
      workloadsPerService: 2,
      podsPerWorkload: 1,
      seed: 1,
    });
    const sim = await FleetSim.start({ clusters: [istio!, { name: 'empty' }] });
    try {
      const config = new KubeConfig();
      config.loadFromString(sim.kubeconfig());
      config.setCurrentContext(istio!.cluster);
      let api = KubernetesObjectApi.makeApiClient(config);
      expect((await api.list('v1', 'Pod')).items).toHaveLength(of(istio!, 'Pod').length);
      config.setCurrentContext('empty');
      await applyScenario(config, linkerd!.objects as KubeObject[]);
      api = KubernetesObjectApi.makeApiClient(config);
      const pods = (await api.list('v1', 'Pod')).items as Any[];
      expect(pods).toHaveLength(of(linkerd!, 'Pod').length);
      expect(pods.every((p) => p.status.phase === 'Running')).toBe(true);
      expect((await api.list('policy.linkerd.io/v1beta3', 'HTTPRoute')).items.length).toBe(
        of(linkerd!, 'HTTPRoute').length,
      );
    } finally {
      await sim.stop();
    }
  }, 30_000);
});
