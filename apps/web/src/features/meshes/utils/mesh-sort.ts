import { tableSortParam } from '../../../shared/utils/table-sort';

export const meshSortKeys = ['health', 'kind', 'cluster', 'version', 'trustDomain'] as const;

export type MeshSortKey = (typeof meshSortKeys)[number];

/** The Meshes table's `sort` URL parameter; by default unhealthy control planes come first. */
export const meshSortParam = tableSortParam(meshSortKeys, { key: 'health', descending: false });
