import { type ObjectRef } from '../policy/object-ref';

export enum MeshLinkKind {
  /** Secret `istio-remote-secret-<cluster>` labelled `istio/multiCluster=true`: istiod reads that cluster. */
  ISTIO_REMOTE_SECRET = 'ISTIO_REMOTE_SECRET',
  /** East-west gateway exposing the mesh to other networks (port 15443, AUTO_PASSTHROUGH). */
  ISTIO_EAST_WEST_GATEWAY = 'ISTIO_EAST_WEST_GATEWAY',
  /** Linkerd multicluster `Link` to a target cluster. */
  LINKERD_LINK = 'LINKERD_LINK',
  /** A Linkerd mirror Service for a service exported by another cluster. */
  LINKERD_MIRROR = 'LINKERD_MIRROR',
  CONSUL_PEERING = 'CONSUL_PEERING',
  CONSUL_EXPORTED_SERVICE = 'CONSUL_EXPORTED_SERVICE',
}

/** A multi-cluster connection found in one cluster's objects. */
export interface MeshLink {
  /** `<cluster>/<namespace>/MeshLink/<LINK_KIND>:<source object name>`. */
  id: string;
  kind: MeshLinkKind;
  fromCluster: string;
  /** Id of the mesh in `fromCluster` that owns the link. */
  fromMesh?: string;
  /** Peer cluster name as the mesh knows it; absent when the link is open to any peer (a gateway). */
  toCluster?: string;
  /** Object that proves the link. */
  source: ObjectRef;
  /** Kind-specific facts (gateway address/port, network, peer name, exported service...). */
  details: Record<string, string>;
}
