import { type MeshKind } from '../../../graphql/generated/graphql';
import { type ServiceListRow } from './service-list-row';

/** The Services page's filter, as the URL holds it (`cluster`, `namespace`, `kind`, `q`). */
export interface ServiceFilter {
  cluster?: string;
  namespace?: string;
  kind?: MeshKind;
  text: string;
}

/** Services matching every part of the filter; text terms may appear anywhere in the row. */
export function filterServices(
  rows: readonly ServiceListRow[],
  filter: ServiceFilter,
): readonly ServiceListRow[] {
  const terms = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  if (!filter.cluster && !filter.namespace && !filter.kind && terms.length === 0) return rows;
  return rows.filter(
    (row) =>
      (!filter.cluster || row.cluster === filter.cluster) &&
      (!filter.namespace || row.namespace === filter.namespace) &&
      (!filter.kind || row.meshes.some((mesh) => mesh.kind === filter.kind)) &&
      terms.every((term) => row.searchText.includes(term)),
  );
}
