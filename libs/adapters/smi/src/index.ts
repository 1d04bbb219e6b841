export { SmiAdapter } from './smi-adapter';
export { SmiKinds, SMI_SERVED_VERSIONS, SMI_WATCHED_KINDS } from './kube/smi-kinds';
export { OsmKinds } from './kube/osm-kinds';
export { OsmMeshAttributes } from './detect/osm-detector';
export { TraefikMeshAttributes } from './detect/traefik-mesh-detector';
export { OSM_CAPABILITIES } from './capabilities/osm-capabilities';
export { TRAEFIK_MESH_CAPABILITIES } from './capabilities/traefik-mesh-capabilities';
