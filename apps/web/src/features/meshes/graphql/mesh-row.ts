import { type MeshesQuery } from '../../../graphql/generated/graphql';

/** One mesh as the Meshes query returns it. */
export type MeshRow = MeshesQuery['meshes'][number];

export type MeshLinkRow = MeshesQuery['meshLinks'][number];

export type MeshClusterRow = MeshesQuery['clusters'][number];
