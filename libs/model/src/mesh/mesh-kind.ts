export enum MeshKind {
  ISTIO = 'ISTIO',
  LINKERD = 'LINKERD',
  CONSUL = 'CONSUL',
  TRAEFIK_MESH = 'TRAEFIK_MESH',
  OSM = 'OSM',
}
