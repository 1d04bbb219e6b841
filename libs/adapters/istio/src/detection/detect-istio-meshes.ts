import { type ClusterSnapshot, CoreKinds, type WorkloadObject } from '@meshwork/adapters-core';
import { type Mesh, MeshKind, makeId, worstHealth } from '@meshwork/model';
import { type IstiodInstance, findIstiodInstances } from './istiod-instances';
import { readRevisionTags } from './revision-tags';

export const ISTIO_MESH_NAME = 'istio';

/** Attribute keys discover() reads back; kept as strings because Mesh.attributes is for display too. */
export const IstioMeshAttributes = {
  rootNamespace: 'rootNamespace',
  clusterId: 'clusterId',
  network: 'network',
  ambient: 'ambient',
  ztunnel: 'ztunnel',
  meshConfigError: 'meshConfigError',
} as const;

const compareVersions = (a: string, b: string): number => {
  const parts = (v: string) => v.split(/[.-]/).map((p) => Number.parseInt(p, 10) || 0);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const diff = (x[i] ?? 0) - (y[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
};

/** Which revision un-revisioned injection uses: the `default` tag, a revision named default, or the only one. */
function defaultRevision(
  instances: IstiodInstance[],
  tags: Map<string, string>,
): string | undefined {
  const revisions = instances.map((i) => i.controlPlane.revision);
  const tagged = tags.get('default');
  if (tagged && revisions.includes(tagged)) return tagged;
  if (revisions.includes('default')) return 'default';
  return revisions.length === 1 ? revisions[0] : undefined;
}

const isZtunnel = (ds: WorkloadObject) =>
  ds.metadata.name === 'ztunnel' || ds.metadata.labels?.['app'] === 'ztunnel';

/**
 * One Mesh per control-plane namespace, with one ControlPlane per istiod revision. Revisions in one
 * namespace share the CA (`istio-ca-secret`/`cacerts`) and read the same config, so workloads on
 * different revisions talk mTLS to each other and canary upgrades move workloads within one mesh;
 * showing them as separate meshes would split one topology in two.
 */
export function detectIstioMeshes(snapshot: ClusterSnapshot): Mesh[] {
  const byNamespace = new Map<string, IstiodInstance[]>();
  for (const instance of findIstiodInstances(snapshot)) {
    const list = byNamespace.get(instance.controlPlane.namespace) ?? [];
    list.push(instance);
    byNamespace.set(instance.controlPlane.namespace, list);
  }
  const tags = readRevisionTags(snapshot);
  const namespaces = [...byNamespace.keys()].sort((a, b) =>
    a === 'istio-system' ? -1 : b === 'istio-system' ? 1 : a.localeCompare(b),
  );
  const ztunnels = snapshot.list(CoreKinds.DaemonSet).filter(isZtunnel);

  return namespaces.map((namespace, index) => {
    const instances = (byNamespace.get(namespace) ?? []).sort((a, b) =>
      a.controlPlane.revision.localeCompare(b.controlPlane.revision),
    );
    const revision = defaultRevision(instances, tags);
    const main = instances.find((i) => i.controlPlane.revision === revision) ?? instances[0];
    const versions = instances.map((i) => i.controlPlane.version).filter((v): v is string => !!v);
    const version = main?.controlPlane.version ?? versions.sort(compareVersions).at(-1);
    // ztunnel may live outside the istiod namespace; then it belongs to the first (primary) mesh.
    const ztunnel =
      ztunnels.find((z) => z.metadata.namespace === namespace) ??
      (index === 0
        ? ztunnels.find((z) => !byNamespace.has(z.metadata.namespace ?? ''))
        : undefined);
    const network = snapshot.get(CoreKinds.Namespace, '', namespace)?.metadata.labels?.[
      'topology.istio.io/network'
    ];
    const attributes: Record<string, string> = {
      [IstioMeshAttributes.rootNamespace]: main?.meshConfig.rootNamespace ?? namespace,
    };
    if (main?.clusterId) attributes[IstioMeshAttributes.clusterId] = main.clusterId;
    if (network) attributes[IstioMeshAttributes.network] = network;
    if (ztunnel) {
      attributes[IstioMeshAttributes.ambient] = 'true';
      const status = ztunnel.status ?? {};
      attributes[IstioMeshAttributes.ztunnel] =
        `${status.numberReady ?? 0}/${status.desiredNumberScheduled ?? 0} ready`;
    }
    const configErrors = instances.map((i) => i.meshConfig.error).filter(Boolean);
    if (configErrors.length)
      attributes[IstioMeshAttributes.meshConfigError] = configErrors.join('; ');

    return {
      id: makeId({ cluster: snapshot.cluster, namespace, kind: 'Mesh', name: ISTIO_MESH_NAME }),
      kind: MeshKind.ISTIO,
      name: ISTIO_MESH_NAME,
      cluster: snapshot.cluster,
      namespace,
      ...(version && { version }),
      ...(revision && { revision }),
      trustDomain: main?.meshConfig.trustDomain ?? 'cluster.local',
      controlPlanes: instances.map((i) => i.controlPlane),
      health: worstHealth(instances.map((i) => i.controlPlane.health)),
      attributes,
    };
  });
}
