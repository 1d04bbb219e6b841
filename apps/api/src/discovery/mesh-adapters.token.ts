/** Multi-provider token: every MeshAdapter the hub runs. Ids must be unique. */
export const MESH_ADAPTERS = Symbol('MESH_ADAPTERS');
