import { usePolledQuery } from '../../../shared/hooks/use-polled-query';
import { serviceMetricsQuery } from '../graphql/service-metrics.query';
import { LineChart } from './line-chart';

const shownSeries = ['requestRate', 'errorRate', 'p95LatencyMs'];

interface MetricsChartsProps {
  id: string;
  windowSeconds: number;
  /** Undefined while the page is paused. */
  refreshMs: number | undefined;
}

/** Traffic charts of one node over the page's window, refreshed with the graph. */
export function MetricsCharts({ id, windowSeconds, refreshMs }: MetricsChartsProps) {
  const result = usePolledQuery(serviceMetricsQuery, { id, window: windowSeconds }, refreshMs);
  const metrics = result.data?.serviceMetrics;
  if (!metrics) {
    return (
      <p className="muted" role="status">
        {result.error ? `Charts unavailable: ${result.error.message}` : 'Loading charts…'}
      </p>
    );
  }
  if (!metrics.metricsAvailable) {
    return (
      <p className="topology-note is-warning" role="status">
        Metrics unavailable{metrics.metricsError ? `: ${metrics.metricsError}` : ''}
      </p>
    );
  }
  const series = shownSeries
    .map((name) => metrics.series.find((candidate) => candidate.name === name))
    .filter((candidate) => candidate !== undefined);
  return (
    <div className="topology-charts" data-testid="topology-charts">
      {series.map((candidate) => (
        <LineChart key={candidate.name} series={candidate} />
      ))}
    </div>
  );
}
