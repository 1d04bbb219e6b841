import {
  labelOf,
  percentOf,
  promqlString,
  quantile,
  sumRate,
  type MeshPromql,
  type PromqlScope,
  type PromqlService,
  type ServiceSeriesQuery,
  type StatQuery,
  type TrafficEdgeKey,
} from '@meshwork/adapters-core';

const REQUESTS = 'istio_requests_total';
const DURATION = 'istio_request_duration_milliseconds';

/** The edge key, as Kiali groups its graph queries: both ends' cluster, namespace and workload. */
export const ISTIO_EDGE_LABELS = [
  'source_cluster',
  'source_workload_namespace',
  'source_workload',
  'source_canonical_service',
  'destination_cluster',
  'destination_service_namespace',
  'destination_service_name',
  'destination_workload',
  'request_protocol',
] as const;

// Traffic from the caller's proxy: it sees every call, also to callees outside the mesh. Security is
// only known to the callee's proxy (the caller reports connection_security_policy="unknown").
const SOURCE = 'reporter="source"';
const DESTINATION = 'reporter="destination"';

/** Istio standard metrics (Envoy stats plugin): `istio_requests_total`, `istio_request_duration_milliseconds`. */
export const istioPromql: MeshPromql = {
  edgeQueries(scope: PromqlScope): StatQuery[] {
    const by = ISTIO_EDGE_LABELS;
    return [
      { stat: 'requests', expr: sumRate(REQUESTS, [SOURCE], by, scope) },
      {
        stat: 'serverErrors',
        expr: sumRate(REQUESTS, [SOURCE, 'response_code=~"5.."'], by, scope),
      },
      {
        stat: 'clientErrors',
        expr: sumRate(REQUESTS, [SOURCE, 'response_code=~"4.."'], by, scope),
      },
      {
        stat: 'mtls',
        expr: sumRate(
          REQUESTS,
          [DESTINATION, 'connection_security_policy="mutual_tls"'],
          by,
          scope,
        ),
      },
      { stat: 'mtlsTotal', expr: sumRate(REQUESTS, [DESTINATION], by, scope) },
      { stat: 'p50', expr: quantile(0.5, DURATION, [SOURCE], by, scope) },
      { stat: 'p95', expr: quantile(0.95, DURATION, [SOURCE], by, scope) },
      { stat: 'p99', expr: quantile(0.99, DURATION, [SOURCE], by, scope) },
    ];
  },

  edgeKey(labels, scope): TrafficEdgeKey | undefined {
    const service = labelOf(labels, 'destination_service_name');
    const targetNamespace = labelOf(labels, 'destination_service_namespace');
    if (!service && !labelOf(labels, 'destination_workload')) return undefined;
    const protocol =
      labels.request_protocol === 'grpc'
        ? 'grpc'
        : labels.request_protocol === 'tcp'
          ? 'tcp'
          : 'http';
    return {
      source: {
        cluster: labelOf(labels, 'source_cluster') ?? scope.cluster,
        namespace: labelOf(labels, 'source_workload_namespace'),
        workload: labelOf(labels, 'source_workload'),
        app: labelOf(labels, 'source_canonical_service'),
      },
      target: {
        cluster: labelOf(labels, 'destination_cluster') ?? scope.cluster,
        namespace: targetNamespace,
        service,
        workload: labelOf(labels, 'destination_workload'),
      },
      protocol,
    };
  },

  serviceQueries(service: PromqlService, scope: PromqlScope): ServiceSeriesQuery[] {
    const target = [
      DESTINATION,
      `destination_service_namespace=${promqlString(service.namespace)}`,
      `destination_service_name=${promqlString(service.name)}`,
    ];
    const all = sumRate(REQUESTS, target, [], scope);
    return [
      { name: 'requestRate', expr: all },
      {
        name: 'errorRate',
        expr: percentOf(sumRate(REQUESTS, [...target, 'response_code=~"5.."'], [], scope), all),
      },
      { name: 'p50LatencyMs', expr: quantile(0.5, DURATION, target, [], scope) },
      { name: 'p95LatencyMs', expr: quantile(0.95, DURATION, target, [], scope) },
      { name: 'p99LatencyMs', expr: quantile(0.99, DURATION, target, [], scope) },
    ];
  },
};
