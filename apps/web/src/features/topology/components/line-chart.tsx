import { type MetricSeriesData } from '../graphql/topology-data';
import { chartPath } from '../model/chart-path';
import { formatMetricValue } from '../model/format-metric';

const width = 280;
const height = 56;

const titles: Record<string, string> = {
  requestRate: 'Request rate',
  errorRate: 'Error rate (5xx)',
  p50LatencyMs: 'p50 latency',
  p95LatencyMs: 'p95 latency',
  p99LatencyMs: 'p99 latency',
};

/** One metric series as a small line chart with its latest value; SVG, no chart library. */
export function LineChart({ series }: { series: MetricSeriesData }) {
  const points = series.points
    .map((point) => ({ t: Date.parse(point.t), v: point.v }))
    .filter((point) => Number.isFinite(point.t) && Number.isFinite(point.v))
    .sort((a, b) => a.t - b.t);
  const path = chartPath(points, width, height);
  const last = points[points.length - 1];
  const title = titles[series.name] ?? series.name;
  const summary = last
    ? `${title}: now ${formatMetricValue(last.v, series.unit)}, scale up to ${formatMetricValue(path.max, series.unit)}`
    : `${title}: no data in the window`;
  return (
    <figure className="topology-chart" data-series={series.name}>
      <figcaption>
        <span>{title}</span>
        <span className="topology-chart-value">
          {last ? formatMetricValue(last.v, series.unit) : '–'}
        </span>
      </figcaption>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        height={height}
        role="img"
        aria-label={summary}
        preserveAspectRatio="none"
      >
        <line
          x1="0"
          y1={height - 0.5}
          x2={width}
          y2={height - 0.5}
          className="topology-chart-axis"
        />
        {points.length > 0 && (
          <>
            <path d={path.area} className="topology-chart-area" />
            <path d={path.line} className="topology-chart-line" vectorEffect="non-scaling-stroke" />
          </>
        )}
      </svg>
      <div className="topology-chart-scale muted">
        <span>max {formatMetricValue(path.max, series.unit)}</span>
        {points.length > 1 && (
          <span>
            {new Date(points[0]!.t).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}–
            {new Date(last!.t).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}
          </span>
        )}
      </div>
    </figure>
  );
}
