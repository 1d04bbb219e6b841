import { type MeshKind } from '../../graphql/generated/graphql';

/** The product name of a mesh kind, as its own documentation writes it. */
export function meshKindLabel(kind: MeshKind): string {
  switch (kind) {
    case 'ISTIO':
      return 'Istio';
    case 'LINKERD':
      return 'Linkerd';
    case 'CONSUL':
      return 'Consul';
    case 'TRAEFIK_MESH':
      return 'Traefik Mesh';
    case 'OSM':
      return 'OSM';
  }
}

/** Every mesh kind, in the order pages list them. */
export const meshKinds: readonly MeshKind[] = ['ISTIO', 'LINKERD', 'CONSUL', 'TRAEFIK_MESH', 'OSM'];

export function isMeshKind(value: string | null): value is MeshKind {
  return value !== null && (meshKinds as readonly string[]).includes(value);
}
