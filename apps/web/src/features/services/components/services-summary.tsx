import { type ServiceListRow } from '../utils/service-list-row';
import { type LoadProgress } from '../hooks/use-all-services';

const count = (n: number) => n.toLocaleString('en');

/** "1,204 services in 5 clusters", or how far the first load has got. */
export function ServicesSummary({
  rows,
  progress,
}: {
  rows: readonly ServiceListRow[] | undefined;
  progress: LoadProgress | undefined;
}) {
  if (rows === undefined) {
    if (!progress) return <p className="page-summary muted">Loading services…</p>;
    return (
      <p className="page-summary" role="status">
        <span>
          Loading services… {count(progress.rows.length)} of {count(progress.total)}
        </span>
        <progress max={progress.total} value={progress.rows.length} />
      </p>
    );
  }
  const clusters = new Set(rows.map((row) => row.cluster)).size;
  return (
    <p className="page-summary">
      <strong data-testid="services-summary">
        {count(rows.length)} {rows.length === 1 ? 'service' : 'services'} in {count(clusters)}{' '}
        {clusters === 1 ? 'cluster' : 'clusters'}
      </strong>
    </p>
  );
}
