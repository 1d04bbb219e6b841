import { type WorkloadObject } from '@meshwork/adapters-core';
import {
  type ControlPlane,
  type Mesh,
  MeshKind,
  type Replicas,
  healthFromReplicas,
  worstHealth,
} from '@meshwork/model';
import { type ConsulInstall } from './consul-install';

const replicasOf = (object: WorkloadObject): Replicas => ({
  desired: object.spec?.replicas ?? 1,
  ready: object.status?.readyReplicas ?? 0,
});

const ratio = (r: Replicas): string => `${r.ready}/${r.desired}`;

/**
 * The model Mesh for one release. Servers and injector form one control plane: its replicas are their
 * sum and its health the worse of the two, so a dead injector (no new pods get a proxy) is not hidden
 * behind three healthy servers. The trust domain (`<cluster-id>.consul`) lives only in the servers' Raft
 * state (`/v1/connect/ca/roots`), so it stays unknown here.
 */
export function installToMesh(cluster: string, install: ConsulInstall): Mesh {
  const { settings } = install;
  const parts = [install.server, install.injector].filter((o): o is WorkloadObject => !!o);
  const each = parts.map(replicasOf);
  const replicas = each.reduce(
    (sum, r) => ({ desired: sum.desired + r.desired, ready: sum.ready + r.ready }),
    { desired: 0, ready: 0 },
  );
  const health = worstHealth(each.map(healthFromReplicas));
  const main = install.server ?? install.injector;
  const controlPlane: ControlPlane = {
    name: main?.metadata.name ?? install.name,
    namespace: install.namespace,
    revision: 'default',
    ...(settings.consulVersion && { version: settings.consulVersion }),
    replicas,
    health,
  };
  const attributes: Record<string, string> = {
    domain: settings.domain,
    servers: install.server ? ratio(replicasOf(install.server)) : 'external',
    connectInjector: install.injector ? ratio(replicasOf(install.injector)) : 'disabled',
    defaultInject: String(settings.defaultInject),
  };
  if (settings.datacenter) attributes['datacenter'] = settings.datacenter;
  if (settings.partition) attributes['partition'] = settings.partition;
  if (settings.consulK8sVersion) attributes['consulK8sVersion'] = settings.consulK8sVersion;
  if (settings.peeringEnabled) attributes['peering'] = 'enabled';
  if (settings.namespaces.enabled) {
    attributes['consulNamespaces'] = settings.namespaces.mirroring
      ? `mirroring${settings.namespaces.mirroringPrefix ? ` (prefix ${settings.namespaces.mirroringPrefix})` : ''}`
      : `all in ${settings.namespaces.destinationNamespace}`;
  }
  if (install.meshGateways.length > 0) {
    attributes['meshGateways'] = install.meshGateways.map((g) => g.metadata.name).join(',');
  }
  return {
    id: install.meshId,
    kind: MeshKind.CONSUL,
    name: install.name,
    cluster,
    namespace: install.namespace,
    ...(settings.consulVersion && { version: settings.consulVersion }),
    controlPlanes: [controlPlane],
    health,
    attributes,
  };
}
