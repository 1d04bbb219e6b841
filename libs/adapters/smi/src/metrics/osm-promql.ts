import {
  labelOf,
  percentOf,
  promqlAlternatives,
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

const REQUESTS = 'osm_request_total';
const DURATION = 'osm_request_duration_ms';

export const OSM_EDGE_LABELS = [
  'source_namespace',
  'source_kind',
  'source_name',
  'destination_namespace',
  'destination_kind',
  'destination_name',
];

/**
 * OSM's Envoy WASM stats: caller and callee named by workload (kind + name), both in the same
 * cluster (OSM has no multi-cluster). OSM always uses mTLS between meshed pods.
 */
export const osmPromql: MeshPromql = {
  edgeQueries(scope: PromqlScope): StatQuery[] {
    const by = OSM_EDGE_LABELS;
    const requests = sumRate(REQUESTS, [], by, scope);
    return [
      { stat: 'requests', expr: requests },
      { stat: 'serverErrors', expr: sumRate(REQUESTS, ['response_code=~"5.."'], by, scope) },
      { stat: 'clientErrors', expr: sumRate(REQUESTS, ['response_code=~"4.."'], by, scope) },
      { stat: 'mtls', expr: requests },
      { stat: 'p50', expr: quantile(0.5, DURATION, [], by, scope) },
      { stat: 'p95', expr: quantile(0.95, DURATION, [], by, scope) },
      { stat: 'p99', expr: quantile(0.99, DURATION, [], by, scope) },
    ];
  },

  edgeKey(labels, scope): TrafficEdgeKey | undefined {
    const target = labelOf(labels, 'destination_name');
    if (!target) return undefined;
    return {
      source: {
        cluster: scope.cluster,
        namespace: labelOf(labels, 'source_namespace'),
        workload: labelOf(labels, 'source_name'),
        workloadKind: labelOf(labels, 'source_kind'),
      },
      target: {
        cluster: scope.cluster,
        namespace: labelOf(labels, 'destination_namespace'),
        workload: target,
        workloadKind: labelOf(labels, 'destination_kind'),
      },
      protocol: 'http',
    };
  },

  serviceQueries(service: PromqlService, scope: PromqlScope): ServiceSeriesQuery[] {
    // The WASM stats name the callee's workload, not the service: select the service's workloads.
    const target = [
      `destination_namespace=${promqlString(service.namespace)}`,
      `destination_name=~${promqlAlternatives(service.workloads.length ? service.workloads : [service.name])}`,
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
