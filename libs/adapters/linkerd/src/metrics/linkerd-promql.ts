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

const RESPONSES = 'response_total';
const LATENCY = 'response_latency_ms';
/** Owner labels the viz Prometheus relabels from `linkerd.io/proxy-<kind>`, and their kinds. */
const OWNERS = [
  ['deployment', 'Deployment'],
  ['statefulset', 'StatefulSet'],
  ['daemonset', 'DaemonSet'],
] as const;

/** Caller and callee as the outbound side names them; mirrors add the target cluster and service. */
export const LINKERD_EDGE_LABELS = [
  'namespace',
  ...OWNERS.map(([label]) => label),
  'dst_namespace',
  'dst_service',
  ...OWNERS.map(([label]) => `dst_${label}`),
  'dst_target_cluster',
  'dst_target_service',
];

// The caller's proxy (outbound) sees the destination service; the inbound side only knows the client
// identity. Linkerd's success classification counts 5xx (and gRPC errors) as failures.
const OUTBOUND = 'direction="outbound"';

function owner(
  labels: Readonly<Record<string, string>>,
  prefix: string,
): { workload?: string; workloadKind?: string } {
  for (const [label, kind] of OWNERS) {
    const name = labelOf(labels, `${prefix}${label}`);
    if (name) return { workload: name, workloadKind: kind };
  }
  return {};
}

/** linkerd-proxy metrics: `response_total`, `response_latency_ms`. */
export const linkerdPromql: MeshPromql = {
  edgeQueries(scope: PromqlScope): StatQuery[] {
    const by = LINKERD_EDGE_LABELS;
    const requests = sumRate(RESPONSES, [OUTBOUND], by, scope);
    return [
      { stat: 'requests', expr: requests },
      {
        stat: 'serverErrors',
        expr: sumRate(RESPONSES, [OUTBOUND, 'classification="failure"'], by, scope),
      },
      {
        stat: 'clientErrors',
        expr: sumRate(RESPONSES, [OUTBOUND, 'status_code=~"4.."'], by, scope),
      },
      { stat: 'mtls', expr: sumRate(RESPONSES, [OUTBOUND, 'tls="true"'], by, scope) },
      { stat: 'p50', expr: quantile(0.5, LATENCY, [OUTBOUND], by, scope) },
      { stat: 'p95', expr: quantile(0.95, LATENCY, [OUTBOUND], by, scope) },
      { stat: 'p99', expr: quantile(0.99, LATENCY, [OUTBOUND], by, scope) },
    ];
  },

  edgeKey(labels, scope): TrafficEdgeKey | undefined {
    const service = labelOf(labels, 'dst_service');
    if (!service) return undefined;
    const remote = labelOf(labels, 'dst_target_cluster');
    return {
      source: {
        cluster: scope.cluster,
        namespace: labelOf(labels, 'namespace'),
        ...owner(labels, ''),
      },
      target: remote
        ? {
            cluster: remote,
            namespace: labelOf(labels, 'dst_namespace'),
            service: labelOf(labels, 'dst_target_service') ?? service,
          }
        : {
            cluster: scope.cluster,
            namespace: labelOf(labels, 'dst_namespace'),
            service,
            ...owner(labels, 'dst_'),
          },
      protocol: 'http',
    };
  },

  serviceQueries(service: PromqlService, scope: PromqlScope): ServiceSeriesQuery[] {
    // Inbound series carry no service name; the callers' outbound series do.
    const target = [
      OUTBOUND,
      `dst_namespace=${promqlString(service.namespace)}`,
      `dst_service=${promqlString(service.name)}`,
    ];
    const all = sumRate(RESPONSES, target, [], scope);
    return [
      { name: 'requestRate', expr: all },
      {
        name: 'errorRate',
        expr: percentOf(
          sumRate(RESPONSES, [...target, 'classification="failure"'], [], scope),
          all,
        ),
      },
      { name: 'p50LatencyMs', expr: quantile(0.5, LATENCY, target, [], scope) },
      { name: 'p95LatencyMs', expr: quantile(0.95, LATENCY, target, [], scope) },
      { name: 'p99LatencyMs', expr: quantile(0.99, LATENCY, target, [], scope) },
    ];
  },
};
