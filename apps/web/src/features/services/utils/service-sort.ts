import { tableSortParam } from '../../../shared/utils/table-sort';

export const serviceSortKeys = ['name', 'mesh', 'versions', 'workloads'] as const;

export type ServiceSortKey = (typeof serviceSortKeys)[number];

/** The Services table's `sort` URL parameter; by default cluster / namespace / name, A to Z. */
export const serviceSortParam = tableSortParam(serviceSortKeys, { key: 'name', descending: false });
