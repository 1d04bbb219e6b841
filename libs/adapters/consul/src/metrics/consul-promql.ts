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

const TOTAL = 'envoy_cluster_upstream_rq_total';
const BY_CLASS = 'envoy_cluster_upstream_rq_xx';
const TIME = 'envoy_cluster_upstream_rq_time';

/** Caller service (`local_cluster`) and the upstream's Consul tags, as the official dashboards group. */
export const CONSUL_EDGE_LABELS = [
  'local_cluster',
  'consul_destination_service',
  'consul_destination_namespace',
  'consul_destination_datacenter',
  'consul_destination_peer',
];

// Only upstream clusters Consul tagged with a destination service are mesh calls (not the local app
// cluster or the control plane).
const UPSTREAM = 'consul_destination_service!=""';

/**
 * Consul dataplane (Envoy) stats. Consul names callers by service, not workload, and uses its own
 * namespaces, so endpoints carry no Kubernetes namespace; a peered upstream names its peer, taken as
 * the cluster name. Every connection in Consul's service mesh is mTLS.
 */
export const consulPromql: MeshPromql = {
  edgeQueries(scope: PromqlScope): StatQuery[] {
    const by = CONSUL_EDGE_LABELS;
    const requests = sumRate(TOTAL, [UPSTREAM], by, scope);
    return [
      { stat: 'requests', expr: requests },
      {
        stat: 'serverErrors',
        expr: sumRate(BY_CLASS, [UPSTREAM, 'envoy_response_code_class="5"'], by, scope),
      },
      {
        stat: 'clientErrors',
        expr: sumRate(BY_CLASS, [UPSTREAM, 'envoy_response_code_class="4"'], by, scope),
      },
      { stat: 'mtls', expr: requests },
      { stat: 'p50', expr: quantile(0.5, TIME, [UPSTREAM], by, scope) },
      { stat: 'p95', expr: quantile(0.95, TIME, [UPSTREAM], by, scope) },
      { stat: 'p99', expr: quantile(0.99, TIME, [UPSTREAM], by, scope) },
    ];
  },

  edgeKey(labels, scope): TrafficEdgeKey | undefined {
    const target = labelOf(labels, 'consul_destination_service');
    const source = labelOf(labels, 'local_cluster');
    if (!target || !source) return undefined;
    return {
      source: { cluster: scope.cluster, service: source },
      target: {
        cluster: labelOf(labels, 'consul_destination_peer') ?? scope.cluster,
        service: target,
      },
      protocol: 'http',
    };
  },

  serviceQueries(service: PromqlService, scope: PromqlScope): ServiceSeriesQuery[] {
    const target = [`consul_destination_service=${promqlString(service.name)}`];
    const all = sumRate(TOTAL, target, [], scope);
    return [
      { name: 'requestRate', expr: all },
      {
        name: 'errorRate',
        expr: percentOf(
          sumRate(BY_CLASS, [...target, 'envoy_response_code_class="5"'], [], scope),
          all,
        ),
      },
      { name: 'p50LatencyMs', expr: quantile(0.5, TIME, target, [], scope) },
      { name: 'p95LatencyMs', expr: quantile(0.95, TIME, target, [], scope) },
      { name: 'p99LatencyMs', expr: quantile(0.99, TIME, target, [], scope) },
    ];
  },
};
