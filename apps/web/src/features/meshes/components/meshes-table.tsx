import { type ReactNode } from 'react';
import { SortableHeader } from '../../../shared/components/sortable-header';
import { type TableSort } from '../../../shared/utils/table-sort';
import { type MeshLinkRow, type MeshRow } from '../graphql/mesh-row';
import { meshConnections } from '../utils/mesh-links';
import { type MeshSortKey } from '../utils/mesh-sort';
import { MeshTableRow } from './mesh-table-row';
import '../../../shared/components/data-table.css';
import './meshes-table.css';

interface MeshesTableProps {
  rows: readonly MeshRow[];
  links: readonly MeshLinkRow[];
  staleClusters: ReadonlySet<string>;
  sort: TableSort<MeshSortKey>;
  onSort: (key: MeshSortKey) => void;
  emptyMessage: ReactNode;
}

const sortableColumns: ReadonlyArray<{ key: MeshSortKey; label: string; className: string }> = [
  { key: 'cluster', label: 'Mesh', className: 'col-mesh' },
  { key: 'version', label: 'Version', className: 'col-version' },
];

export function MeshesTable({
  rows,
  links,
  staleClusters,
  sort,
  onSort,
  emptyMessage,
}: MeshesTableProps) {
  const header = (key: MeshSortKey, label: string, className: string) => (
    <SortableHeader
      key={key}
      className={className}
      active={sort.key === key}
      descending={sort.descending}
      onSort={() => onSort(key)}
    >
      {label}
    </SortableHeader>
  );
  return (
    <table className="data-table meshes-table">
      <thead>
        <tr>
          {sortableColumns.map((column) => header(column.key, column.label, column.className))}
          <th scope="col" className="col-revision">
            Revision
          </th>
          {header('trustDomain', 'Trust domain', 'col-trust-domain')}
          {header('health', 'Control plane', 'col-health')}
          <th scope="col" className="col-control-planes">
            Replicas
          </th>
          <th scope="col" className="col-links">
            Links
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr className="empty-row">
            <td colSpan={7}>{emptyMessage}</td>
          </tr>
        ) : (
          rows.map((mesh) => (
            <MeshTableRow
              key={mesh.id}
              mesh={mesh}
              connections={meshConnections(mesh, links)}
              stale={staleClusters.has(mesh.cluster.name)}
            />
          ))
        )}
      </tbody>
    </table>
  );
}
