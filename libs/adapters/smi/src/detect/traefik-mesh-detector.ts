import { type ClusterSnapshot, CoreKinds } from '@meshwork/adapters-core';
import { ControlPlaneHealth, type Mesh, MeshKind, makeId, worstHealth } from '@meshwork/model';
import { TraefikMeshConventions as TM } from '../kube/traefik-mesh-conventions';
import { controlPlaneOf, versionFromImage } from './control-plane';
import {
  isTraefikMeshController,
  readTraefikMeshSettings,
  traefikMeshProxiesIn,
} from './traefik-mesh-controller';

/** Keys of `Mesh.attributes` for Traefik Mesh meshes. */
export const TraefikMeshAttributes = {
  acl: 'acl',
  defaultMode: 'defaultMode',
  watchNamespaces: 'watchNamespaces',
  ignoreNamespaces: 'ignoreNamespaces',
  proxyVersion: 'proxyVersion',
  upstream: 'upstream',
} as const;

/**
 * Traefik Mesh installations: a controller Deployment (`app=maesh, component=controller`) plus the
 * node-proxy DaemonSet in the same namespace. Named after the Deployment without `-controller`
 * (`traefik-mesh`, or `maesh` for Maesh-era installs). There is no trust domain: no mTLS.
 */
export function detectTraefikMeshes(snapshot: ClusterSnapshot): Mesh[] {
  return snapshot
    .list(CoreKinds.Deployment)
    .filter(isTraefikMeshController)
    .map((controller) => {
      const namespace = controller.metadata.namespace ?? '';
      const name = controller.metadata.name.replace(/-controller$/, '') || controller.metadata.name;
      const version = versionFromImage(controller, TM.controllerContainers);
      const proxies = traefikMeshProxiesIn(snapshot, namespace);
      const proxyVersion = proxies
        .map((p) => versionFromImage(p, TM.proxyContainers))
        .find((v) => v !== undefined);
      const controlPlanes = [
        controlPlaneOf(controller, 'Deployment', version),
        ...proxies.map((p) =>
          controlPlaneOf(p, 'DaemonSet', versionFromImage(p, TM.proxyContainers)),
        ),
      ].sort((a, b) => a.name.localeCompare(b.name));
      const settings = readTraefikMeshSettings(controller);
      const attributes: Record<string, string> = {
        [TraefikMeshAttributes.acl]: String(settings.acl),
        [TraefikMeshAttributes.defaultMode]: settings.defaultMode,
        [TraefikMeshAttributes.ignoreNamespaces]: settings.ignoreNamespaces.join(','),
        [TraefikMeshAttributes.upstream]: 'low activity upstream (traefik/mesh)',
      };
      if (settings.watchNamespaces.length) {
        attributes[TraefikMeshAttributes.watchNamespaces] = settings.watchNamespaces.join(',');
      }
      if (proxyVersion) attributes[TraefikMeshAttributes.proxyVersion] = proxyVersion;
      return {
        id: makeId({ cluster: snapshot.cluster, namespace, kind: 'Mesh', name }),
        kind: MeshKind.TRAEFIK_MESH,
        name,
        cluster: snapshot.cluster,
        namespace,
        ...(version !== undefined && { version }),
        controlPlanes,
        // With no proxy DaemonSet the mesh forwards nothing, whatever the controller says.
        health: proxies.length
          ? worstHealth(controlPlanes.map((c) => c.health))
          : ControlPlaneHealth.DOWN,
        attributes,
      };
    });
}
