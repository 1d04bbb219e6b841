/**
 * The mesh resources Meshwork reads and writes, one per mesh, with a sample spec whose fields follow
 * /work/shared/reference/MESHES.md (Istio VirtualService, Linkerd Server, Consul ServiceIntentions,
 * SMI TrafficSplit).
 */
export interface MeshKind {
  readonly mesh: string;
  readonly group: string;
  readonly version: string;
  readonly kind: string;
  readonly plural: string;
  readonly shortNames: readonly string[];
  readonly sampleSpec: Record<string, unknown>;
}

export const ISTIO_VIRTUAL_SERVICE: MeshKind = {
  mesh: 'Istio',
  group: 'networking.istio.io',
  version: 'v1',
  kind: 'VirtualService',
  plural: 'virtualservices',
  shortNames: ['vs'],
  sampleSpec: {
    hosts: ['reviews'],
    http: [
      {
        route: [
          { destination: { host: 'reviews', subset: 'v1' }, weight: 90 },
          { destination: { host: 'reviews', subset: 'v2' }, weight: 10 },
        ],
        timeout: '5s',
        retries: { attempts: 3, perTryTimeout: '2s' },
      },
    ],
  },
};

export const LINKERD_SERVER: MeshKind = {
  mesh: 'Linkerd',
  group: 'policy.linkerd.io',
  version: 'v1beta3',
  kind: 'Server',
  plural: 'servers',
  shortNames: ['srv'],
  sampleSpec: {
    podSelector: { matchLabels: { app: 'web' } },
    port: 8080,
    proxyProtocol: 'HTTP/1',
    accessPolicy: 'deny',
  },
};

export const CONSUL_SERVICE_INTENTIONS: MeshKind = {
  mesh: 'Consul',
  group: 'consul.hashicorp.com',
  version: 'v1alpha1',
  kind: 'ServiceIntentions',
  plural: 'serviceintentions',
  shortNames: [],
  sampleSpec: {
    destination: { name: 'api' },
    sources: [
      { name: 'web', action: 'allow' },
      { name: '*', action: 'deny' },
    ],
  },
};

export const SMI_TRAFFIC_SPLIT: MeshKind = {
  mesh: 'SMI',
  group: 'split.smi-spec.io',
  version: 'v1alpha2',
  kind: 'TrafficSplit',
  plural: 'trafficsplits',
  shortNames: ['ts'],
  sampleSpec: {
    service: 'web',
    backends: [
      { service: 'web-v1', weight: 90 },
      { service: 'web-v2', weight: 10 },
    ],
  },
};

export const MESH_KINDS: readonly MeshKind[] = [
  ISTIO_VIRTUAL_SERVICE,
  LINKERD_SERVER,
  CONSUL_SERVICE_INTENTIONS,
  SMI_TRAFFIC_SPLIT,
];

/** A namespaced custom resource of `kind` with its sample spec (or the spec given). */
export function meshObject(
  kind: MeshKind,
  namespace: string,
  name: string,
  spec: Record<string, unknown> = kind.sampleSpec,
): Record<string, unknown> & { metadata: { name: string; namespace: string } } {
  return {
    apiVersion: `${kind.group}/${kind.version}`,
    kind: kind.kind,
    metadata: { name, namespace },
    spec: structuredClone(spec),
  };
}
