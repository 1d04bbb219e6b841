import { type MeshKind } from '../graphql/topology-data';

/** The short mesh name drawn under a node: the mesh badge of the graph. */
export function meshTag(kind: MeshKind | null): string {
  switch (kind) {
    case 'ISTIO':
      return 'istio';
    case 'LINKERD':
      return 'linkerd';
    case 'CONSUL':
      return 'consul';
    case 'OSM':
      return 'osm';
    case 'TRAEFIK_MESH':
      return 'traefik';
    case null:
      return 'no mesh';
  }
}
