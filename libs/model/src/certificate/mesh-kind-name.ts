import { MeshKind } from '../mesh/mesh-kind';

/** The product name of a mesh kind, as its own documentation writes it (for messages). */
export function meshKindName(kind: MeshKind): string {
  switch (kind) {
    case MeshKind.ISTIO:
      return 'Istio';
    case MeshKind.LINKERD:
      return 'Linkerd';
    case MeshKind.CONSUL:
      return 'Consul';
    case MeshKind.TRAEFIK_MESH:
      return 'Traefik Mesh';
    case MeshKind.OSM:
      return 'OSM';
  }
}
