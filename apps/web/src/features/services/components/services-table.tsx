import { type ReactNode, useMemo } from 'react';
import { type VirtualColumn, VirtualTable } from '../../../shared/components/virtual-table';
import { type TableSort } from '../../../shared/utils/table-sort';
import { type ServiceListRow } from '../utils/service-list-row';
import { type ServiceSortKey } from '../utils/service-sort';
import { ServiceMeshBadges } from './service-mesh-badges';
import { ServicePathLink } from './service-path-link';

/** Fixed, so the table can compute which rows are in view instead of measuring them. */
export const serviceRowHeight = 36;

interface ServicesTableProps {
  rows: readonly ServiceListRow[];
  sort: TableSort<ServiceSortKey>;
  onSort: (key: ServiceSortKey) => void;
  selectedId: string | undefined;
  onSelect: (row: ServiceListRow) => void;
  /** The page's query string, kept on links so the list around a detail stays the same. */
  search: string;
  emptyMessage: ReactNode;
}

const rowKey = (row: ServiceListRow) => row.id;

export function ServicesTable({
  rows,
  sort,
  onSort,
  selectedId,
  onSelect,
  search,
  emptyMessage,
}: ServicesTableProps) {
  const columns = useMemo<ReadonlyArray<VirtualColumn<ServiceListRow, ServiceSortKey>>>(
    () => [
      {
        id: 'service',
        header: 'Cluster / namespace / service',
        width: 'minmax(0, 3fr)',
        sortKey: 'name',
        cell: (row) => <ServicePathLink {...row} search={search} />,
      },
      {
        id: 'mesh',
        header: 'Mesh',
        width: 'minmax(0, 1.1fr)',
        sortKey: 'mesh',
        cell: (row) => <ServiceMeshBadges meshes={row.meshes} />,
      },
      {
        id: 'versions',
        header: 'Versions',
        width: 'minmax(0, 1.1fr)',
        sortKey: 'versions',
        cell: (row) =>
          row.versions.length > 0 ? (
            <span className="mono" title={row.versions.join(', ')}>
              {row.versions.join(', ')}
            </span>
          ) : (
            <span className="muted">—</span>
          ),
      },
      {
        id: 'workloads',
        header: 'Workloads',
        width: '8.5rem',
        numeric: true,
        sortKey: 'workloads',
        cell: (row) => row.workloadCount.toLocaleString('en'),
      },
    ],
    [search],
  );
  return (
    <VirtualTable
      label="Services"
      rows={rows}
      columns={columns}
      rowKey={rowKey}
      rowHeight={serviceRowHeight}
      overscan={6}
      sort={sort}
      onSort={onSort}
      selectedKey={selectedId}
      onSelect={onSelect}
      emptyMessage={emptyMessage}
    />
  );
}
