import { type TopologyData } from '../graphql/topology-data';
import { type ExpressionProblem } from '../utils/expression-problem';

interface TopologyBannersProps {
  topology: TopologyData | undefined;
  error: Error | undefined;
  drawingError: Error | undefined;
  loading: boolean;
  expressionProblem: ExpressionProblem | undefined;
}

/** What the graph cannot tell by itself: no metrics, no answer, or still loading. */
export function TopologyBanners(props: TopologyBannersProps) {
  const { topology, error, drawingError, loading, expressionProblem } = props;
  return (
    <>
      {expressionProblem && (
        <p
          className="topology-banner is-error"
          role="alert"
          data-testid="topology-expression-error"
        >
          {expressionProblem.field === 'find' ? 'Find' : 'Hide'} expression not accepted:{' '}
          {expressionProblem.message}
        </p>
      )}
      {topology && !topology.metricsAvailable && (
        <p
          className="topology-banner is-warning"
          role="alert"
          data-testid="topology-metrics-banner"
        >
          <strong>Metrics unavailable</strong>
          {topology.metricsError ? `: ${topology.metricsError}` : ''}. The graph shows services and
          their known connections; rates, errors and traffic health are unknown.
        </p>
      )}
      {loading && error && !expressionProblem && (
        <p className="topology-banner is-error" role="alert">
          <strong>The topology could not be loaded</strong>: {error.message}
        </p>
      )}
      {loading && !error && (
        <p className="topology-banner" role="status">
          Loading the topology…
        </p>
      )}
      {drawingError && (
        <p className="topology-banner is-error" role="alert">
          <strong>The graph could not be drawn</strong>: {drawingError.message}
        </p>
      )}
    </>
  );
}
