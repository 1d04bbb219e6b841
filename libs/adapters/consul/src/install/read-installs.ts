import { type ClusterSnapshot, CoreKinds, type WorkloadObject } from '@meshwork/adapters-core';
import { makeId } from '@meshwork/model';
import { ConsulLabels } from '../kube/consul-labels';
import { type ConsulInstall } from './consul-install';
import { readInstallSettings } from './read-settings';

/** Name suffixes the chart gives each component; the part before is the release's `<fullname>`. */
const SUFFIXES = {
  [ConsulLabels.componentServer]: ['-server'],
  // `-connect-injector-webhook-deployment` is the consul-helm 0.x name.
  [ConsulLabels.componentInjector]: ['-connect-injector', '-connect-injector-webhook-deployment'],
  [ConsulLabels.componentMeshGateway]: ['-mesh-gateway'],
} as const;

type Component = keyof typeof SUFFIXES;

function fullnameOf(object: WorkloadObject, component: Component): string | undefined {
  const labels = object.metadata.labels ?? {};
  if (labels['chart'] !== ConsulLabels.chart || labels['component'] !== component) return undefined;
  const suffix = SUFFIXES[component].find((s) => object.metadata.name.endsWith(s));
  return suffix ? object.metadata.name.slice(0, -suffix.length) || undefined : undefined;
}

interface Parts {
  name: string;
  namespace: string;
  server?: WorkloadObject;
  injector?: WorkloadObject;
  meshGateways: WorkloadObject[];
}

/**
 * Every consul-k8s release in the cluster, grouped by (namespace, fullname), so several releases side by
 * side stay apart. A release with external servers has only an injector; one with connect injection
 * disabled has only servers. Sorted by mesh id.
 */
export function readInstalls(snapshot: ClusterSnapshot): ConsulInstall[] {
  const byKey = new Map<string, Parts>();
  const partsFor = (object: WorkloadObject, name: string): Parts => {
    const namespace = object.metadata.namespace ?? '';
    const key = `${namespace}/${name}`;
    let parts = byKey.get(key);
    if (!parts) byKey.set(key, (parts = { name, namespace, meshGateways: [] }));
    return parts;
  };
  for (const sts of snapshot.list(CoreKinds.StatefulSet)) {
    const name = fullnameOf(sts, ConsulLabels.componentServer);
    if (name) partsFor(sts, name).server = sts;
  }
  const deployments = snapshot.list(CoreKinds.Deployment);
  for (const deployment of deployments) {
    const name = fullnameOf(deployment, ConsulLabels.componentInjector);
    if (name) partsFor(deployment, name).injector = deployment;
  }
  for (const deployment of deployments) {
    const name = fullnameOf(deployment, ConsulLabels.componentMeshGateway);
    const parts = name && byKey.get(`${deployment.metadata.namespace ?? ''}/${name}`);
    if (parts) parts.meshGateways.push(deployment);
  }
  return [...byKey.values()]
    .map((parts): ConsulInstall => ({
      ...parts,
      meshId: makeId({
        cluster: snapshot.cluster,
        namespace: parts.namespace,
        kind: 'Mesh',
        name: parts.name,
      }),
      settings: readInstallSettings(parts.name, parts.namespace, parts.server, parts.injector),
    }))
    .sort((a, b) => a.meshId.localeCompare(b.meshId));
}
