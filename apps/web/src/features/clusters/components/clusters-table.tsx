import { type ReactNode } from 'react';
import { SortableHeader } from '../../../shared/components/sortable-header';
import { type ClusterRow } from '../graphql/cluster-row';
import { type ClusterSort, type ClusterSortKey } from '../utils/cluster-sort';
import { ClusterTableRow } from './cluster-table-row';
import '../../../shared/components/data-table.css';
import './clusters-table.css';

interface ClustersTableProps {
  rows: readonly ClusterRow[];
  sort: ClusterSort;
  onSort: (key: ClusterSortKey) => void;
  now: number;
  /** What to say when there are no rows to show. */
  emptyMessage: ReactNode;
}

const columns: ReadonlyArray<{ key: ClusterSortKey; label: string; className: string }> = [
  { key: 'name', label: 'Name', className: 'col-name' },
  { key: 'server', label: 'Server', className: 'col-server' },
  { key: 'severity', label: 'Reachability', className: 'col-reachability' },
  { key: 'version', label: 'Kubernetes', className: 'col-version' },
  { key: 'lastSeen', label: 'Last seen', className: 'col-last-seen' },
];

export function ClustersTable({ rows, sort, onSort, now, emptyMessage }: ClustersTableProps) {
  return (
    <table className="data-table clusters-table">
      <thead>
        <tr>
          {columns.map((column) => (
            <SortableHeader
              key={column.key}
              className={column.className}
              active={sort.key === column.key}
              descending={sort.descending}
              onSort={() => onSort(column.key)}
            >
              {column.label}
            </SortableHeader>
          ))}
          <th scope="col" className="col-error">
            Error
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr className="empty-row">
            <td colSpan={columns.length + 1}>{emptyMessage}</td>
          </tr>
        ) : (
          rows.map((cluster) => <ClusterTableRow key={cluster.name} cluster={cluster} now={now} />)
        )}
      </tbody>
    </table>
  );
}
