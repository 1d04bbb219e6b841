import {
  type ClusterSnapshot,
  type PodSpec,
  type WorkloadGroup,
  collectWorkloads,
  findContainer,
  imageTag,
} from '@meshwork/adapters-core';
import { DataPlaneMode, type Mesh, type Workload } from '@meshwork/model';
import { normalizeVersion } from '../detect/control-plane';
import { type MeshScope } from '../discover/mesh-scope';
import { OSM_DEFAULT_TRUST_DOMAIN, osmIdentity } from '../identities/osm-identity';
import { OsmConventions } from '../kube/osm-conventions';
import { serviceAccountOf, workloadOf } from './workload-base';

interface OsmProxy {
  mode: DataPlaneMode.SIDECAR | DataPlaneMode.NATIVE_SIDECAR;
  version?: string;
}

/**
 * The OSM sidecar of one pod: an `envoy` container (or native sidecar) that the injector marked, by
 * the `osm-proxy-uuid` label or the `osm-init` init container, so an app's own `envoy` is not taken
 * for OSM's.
 */
function osmProxyOf(spec: PodSpec, labels: Readonly<Record<string, string>>): OsmProxy | undefined {
  const envoy = findContainer(spec, OsmConventions.proxyContainer);
  if (!envoy || (envoy.init && !envoy.nativeSidecar)) return undefined;
  const injected =
    labels[OsmConventions.proxyUuidLabel] !== undefined ||
    findContainer(spec, OsmConventions.initContainer) !== undefined;
  if (!injected) return undefined;
  const version = normalizeVersion(imageTag(envoy.container.image));
  return {
    mode: envoy.nativeSidecar ? DataPlaneMode.NATIVE_SIDECAR : DataPlaneMode.SIDECAR,
    ...(version !== undefined && { version }),
  };
}

/** The first injected pod decides: during a rollout some pods may still lack the sidecar. */
function proxyOfGroup(group: WorkloadGroup): OsmProxy | undefined {
  for (const pod of group.pods) {
    const proxy = pod.spec && osmProxyOf(pod.spec, pod.metadata.labels ?? {});
    if (proxy) return proxy;
  }
  return undefined;
}

/**
 * Workloads of every namespace the mesh monitors. Those without an injected sidecar (injection
 * disabled, or pods not restarted since the namespace joined) are kept with dataPlaneMode NONE.
 */
export function discoverOsmWorkloads(
  snapshot: ClusterSnapshot,
  mesh: Mesh,
  scope: MeshScope,
): Workload[] {
  const trustDomain = mesh.trustDomain ?? OSM_DEFAULT_TRUST_DOMAIN;
  return scope.namespaces.flatMap((namespace) =>
    collectWorkloads(snapshot, namespace).map((group) => {
      const proxy = proxyOfGroup(group);
      if (!proxy) return workloadOf(snapshot, group, { dataPlaneMode: DataPlaneMode.NONE });
      return workloadOf(snapshot, group, {
        dataPlaneMode: proxy.mode,
        mesh: mesh.id,
        ...(proxy.version !== undefined && { proxyVersion: proxy.version }),
        identity: osmIdentity(mesh.id, namespace, serviceAccountOf(group), trustDomain),
      });
    }),
  );
}
