import { type KubeObject, type VirtualClusterSpec } from '../kube-object';
import { ClusterBuilder } from './generator/cluster-builder';
import { consulFlavor } from './generator/consul-flavor';
import { SERVICE_WORDS } from './generator/generated-names';
import { istioFlavor } from './generator/istio-flavor';
import { linkerdFlavor } from './generator/linkerd-flavor';
import {
  type GeneratedMesh,
  type GeneratedService,
  type MeshFlavor,
} from './generator/mesh-flavor';
import { osmFlavor } from './generator/osm-flavor';
import { SeededRandom } from './generator/seeded-random';
import { readScenarioFile } from './scenario-files';

export interface GenerateFleetOptions {
  clusters: number;
  servicesPerCluster: number;
  /** Deployments per service, one per version (v1, v2, ...). */
  workloadsPerService: number;
  podsPerWorkload: number;
  seed: number | string;
  /** Share of services (after the first of a cluster) that get native policies; default 0.3. */
  policyRatio?: number;
}

/** One generated cluster; also a VirtualClusterSpec for FleetSim.start. */
export interface GeneratedCluster extends VirtualClusterSpec {
  cluster: string;
  mesh: GeneratedMesh;
  kubernetesVersion: string;
  objects: KubeObject[];
}

// The CRD files are parsed once per process: they are the same for every call.
const CRDS = new Map<string, KubeObject[]>();
const crdsOf = (flavor: MeshFlavor): KubeObject[] =>
  flavor.crdFiles.flatMap((file) => {
    if (!CRDS.has(file)) CRDS.set(file, readScenarioFile(`crds/${file}.yaml`));
    return CRDS.get(file) ?? [];
  });

const FLAVORS: readonly MeshFlavor[] = [istioFlavor, linkerdFlavor, consulFlavor, osmFlavor];
const KUBERNETES_VERSIONS = ['v1.32.6', 'v1.33.4', 'v1.34.1', 'v1.35.0'];
const SERVICES_PER_NAMESPACE = 25;
const APP_RESOURCES = { requests: { cpu: '50m', memory: '64Mi' }, limits: { memory: '256Mi' } };
const PODS_PER_NODE = 100;

/**
 * A deterministic fleet for benchmarks: cluster i runs Istio, Linkerd, Consul or OSM in turn, with
 * the mesh's CRDs and control plane, then `servicesPerCluster` services spread over namespaces of 25,
 * each with `workloadsPerService` Deployments (ReplicaSet, `podsPerWorkload` injected Ready pods), a
 * Service and its EndpointSlice, and for some of them the mesh's split and access policies. The same
 * options give the same objects. Objects may share nested values: treat them as read-only (FleetSim
 * and applyScenario copy what they store).
 */
export function generateFleet(opts: GenerateFleetOptions): GeneratedCluster[] {
  for (const key of [
    'clusters',
    'servicesPerCluster',
    'workloadsPerService',
    'podsPerWorkload',
  ] as const) {
    if (!Number.isInteger(opts[key]) || opts[key] < 0)
      throw new Error(`generateFleet: ${key} must be a non-negative integer, got ${opts[key]}`);
  }
  return Array.from({ length: opts.clusters }, (_, index) => {
    const flavor = FLAVORS[index % FLAVORS.length] as MeshFlavor;
    const random = new SeededRandom(`${opts.seed}/${index}`);
    const cluster = `${flavor.mesh}-${String(index).padStart(3, '0')}`;
    const kubernetesVersion = random.pick(KUBERNETES_VERSIONS);
    const pods = opts.servicesPerCluster * opts.workloadsPerService * opts.podsPerWorkload;
    const builder = new ClusterBuilder(
      cluster,
      index,
      Math.max(3, Math.ceil(pods / PODS_PER_NODE)),
      kubernetesVersion,
    );
    builder.add(...crdsOf(flavor));
    flavor.controlPlane(builder);
    addServices(builder, flavor, random, opts);
    return {
      cluster,
      name: cluster,
      mesh: flavor.mesh,
      kubernetesVersion,
      objects: builder.objects,
    };
  });
}

function addServices(
  builder: ClusterBuilder,
  flavor: MeshFlavor,
  random: SeededRandom,
  opts: GenerateFleetOptions,
): void {
  const namespaceCount = Math.max(1, Math.ceil(opts.servicesPerCluster / SERVICES_PER_NAMESPACE));
  const namespaces = Array.from(
    { length: namespaceCount },
    (_, n) => `team-${String(n).padStart(2, '0')}`,
  );
  if (opts.servicesPerCluster > 0) for (const ns of namespaces) flavor.appNamespace(builder, ns);
  const versions = Array.from({ length: opts.workloadsPerService }, (_, w) => `v${w + 1}`);
  let previous: GeneratedService | undefined;
  for (let s = 0; s < opts.servicesPerCluster; s++) {
    const namespace = namespaces[s % namespaceCount] as string;
    const name = `${random.pick(SERVICE_WORDS)}-${s}`;
    const port = random.chance(0.2)
      ? { name: 'grpc', port: 9090, targetPort: 9090 }
      : { name: 'http', port: 80, targetPort: 8080 };
    const withPolicies =
      previous !== undefined && versions.length > 0 && random.chance(opts.policyRatio ?? 0.3);
    builder.serviceAccount(namespace, name);
    const podsByVersion = versions.map((version) =>
      builder.deployment(namespace, `${name}-${version}`, {
        labels: { app: name, version },
        selector: { app: name, version },
        replicas: opts.podsPerWorkload,
        inject: flavor.inject,
        ...(flavor.podLabels ? { podLabels: flavor.podLabels } : {}),
        template: {
          labels: { app: name, version },
          ...(flavor.templateAnnotations
            ? { annotations: flavor.templateAnnotations(version) }
            : {}),
          spec: {
            serviceAccountName: name,
            containers: [
              {
                name: 'app',
                image: `ghcr.io/meshwork-bench/${name.replace(/-\d+$/, '')}:1.${s % 10}.0`,
                ports: [{ name: port.name, containerPort: port.targetPort, protocol: 'TCP' }],
                resources: APP_RESOURCES,
              },
            ],
          },
        },
      }),
    );
    builder.service(namespace, name, { selector: { app: name }, port, pods: podsByVersion.flat() });
    const service: GeneratedService = {
      namespace,
      name,
      serviceAccount: name,
      port,
      versions,
      versionServices: [],
    };
    if (withPolicies && previous) {
      if (flavor.splitsByService) {
        versions.forEach((version, v) => {
          builder.service(namespace, `${name}-${version}`, {
            labels: { app: name, version },
            selector: { app: name, version },
            port,
            pods: podsByVersion[v] ?? [],
          });
          service.versionServices.push(`${name}-${version}`);
        });
      }
      builder.add(...flavor.policies(service, previous));
    }
    previous = service;
  }
}
