import { type ClusterRow } from '../graphql/cluster-row';

function searchableText(row: ClusterRow): string {
  return [
    row.name,
    row.server,
    row.context,
    row.source,
    row.reachability,
    row.kubernetesVersion,
    row.error,
  ]
    .filter((field): field is string => field !== null)
    .join('\n')
    .toLowerCase();
}

/**
 * The clusters matching a free-text filter: every whitespace-separated term must appear somewhere in
 * the row (name, server, context, source, reachability, version or error), ignoring case.
 */
export function filterClusters(rows: readonly ClusterRow[], query: string): ClusterRow[] {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return [...rows];
  return rows.filter((row) => {
    const text = searchableText(row);
    return terms.every((term) => text.includes(term));
  });
}
