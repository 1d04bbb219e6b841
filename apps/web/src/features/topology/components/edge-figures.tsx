import { formatLatency, formatPercent, formatRate } from '../model/format-metric';

interface EdgeFiguresProps {
  requestRate: number;
  errorRate: number;
  p50LatencyMs?: number | null;
  p95LatencyMs: number | null;
  p99LatencyMs?: number | null;
  mtlsPercent: number | null;
  crossCluster: boolean;
}

/** The numbers of an edge (or of a bundle of edges), as a definition list. */
export function EdgeFigures(props: EdgeFiguresProps) {
  const rows: Array<[string, string]> = [
    ['Requests', formatRate(props.requestRate)],
    ['5xx', formatPercent(props.errorRate)],
  ];
  if (props.p50LatencyMs !== undefined) rows.push(['p50', formatLatency(props.p50LatencyMs)]);
  rows.push(['p95', formatLatency(props.p95LatencyMs)]);
  if (props.p99LatencyMs !== undefined) rows.push(['p99', formatLatency(props.p99LatencyMs)]);
  rows.push([
    'mTLS',
    props.mtlsPercent === null
      ? 'unknown'
      : `${props.mtlsPercent >= 100 ? '⚷ ' : ''}${formatPercent(props.mtlsPercent)}`,
  ]);
  rows.push(['Crosses clusters', props.crossCluster ? 'yes' : 'no']);
  return (
    <dl className="topology-figures">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
