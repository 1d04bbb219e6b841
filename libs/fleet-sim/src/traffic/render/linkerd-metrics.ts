import {
  CODE_CLASSES,
  STATUS_CODE,
  type CodeClass,
  type CodeCounters,
  type RouteCounters,
} from '../route-counters';
import type { InventoryWorkload } from '../traffic-inventory';
import {
  addCounters,
  bucketsAt,
  countersOf,
  serviceFqdn,
  type MeshRenderer,
} from './render-context';

/** Buckets of the proxy's `response_latency_ms`. */
const LINKERD_BOUNDS = [
  1, 2, 3, 4, 5, 10, 20, 30, 40, 50, 100, 200, 300, 400, 500, 1000, 2000, 3000, 4000, 5000, 10000,
  20000, 30000, 40000, 50000,
];

/** The label the viz Prometheus relabels from `linkerd.io/proxy-<kind>` (deployment, statefulset...). */
const ownerLabel = (w: InventoryWorkload): string => w.kind.toLowerCase();

/**
 * linkerd-proxy metrics after the viz Prometheus relabelling: outbound (caller side, with `dst_*`
 * labels from the destination controller; mirrors add `dst_target_cluster`/`dst_target_service`) and
 * inbound (callee side). `tls="true"` when the connection is mTLS.
 */
export const renderLinkerdMetrics: MeshRenderer = ({
  cluster,
  trustDomains,
  outbound,
  inbound,
  out,
}) => {
  const identity = (c: string, w: InventoryWorkload) =>
    `${w.serviceAccount}.${w.namespace}.serviceaccount.identity.linkerd.${trustDomains.get(c) ?? 'cluster.local'}`;
  const draw = (route: RouteCounters, direction: 'outbound' | 'inbound') => {
    const r = route.route;
    const mirror = r.hop?.kind === 'linkerd-mirror' ? r.hop.mirrorService : undefined;
    const tls = r.mtls
      ? { tls: 'true' }
      : { tls: 'no_identity', no_tls_reason: 'not_provided_by_remote' };
    // Through a mirror the caller sees one gateway endpoint, not the remote pods: one series.
    const ends =
      direction === 'outbound' && mirror
        ? [{ dst: undefined, all: mergeTargets(route) }]
        : r.targets.map((target, t) => ({ dst: target.workload, all: route.targets[t]! }));
    ends.forEach(({ dst, all }) => {
      if (direction === 'inbound' && !dst) return;
      const authority = `${serviceFqdn(r.destService.namespace, mirror ?? r.destService.name)}:${r.destService.port}`;
      const base =
        direction === 'outbound'
          ? {
              direction,
              namespace: r.source.namespace,
              [ownerLabel(r.source)]: r.source.name,
              authority,
              dst_namespace: r.destService.namespace,
              dst_service: mirror ?? r.destService.name,
              ...(mirror
                ? { dst_target_cluster: r.destCluster, dst_target_service: r.destService.name }
                : dst
                  ? { [`dst_${ownerLabel(dst)}`]: dst.name, dst_serviceaccount: dst.serviceAccount }
                  : {}),
              ...tls,
              ...(r.mtls && dst && !mirror ? { server_id: identity(r.destCluster, dst) } : {}),
            }
          : {
              direction,
              namespace: dst!.namespace,
              [ownerLabel(dst!)]: dst!.name,
              authority,
              ...tls,
              ...(r.mtls ? { client_id: identity(r.sourceCluster, r.source) } : {}),
            };
      out.add(
        'request_total',
        'counter',
        'Total count of HTTP requests.',
        base,
        Math.floor(all['2xx'].count) + Math.floor(all['4xx'].count) + Math.floor(all['5xx'].count),
      );
      for (const code of CODE_CLASSES) {
        const counters = all[code];
        const count = Math.floor(counters.count);
        const labels = {
          ...base,
          status_code: STATUS_CODE[code],
          classification: code === '5xx' ? 'failure' : 'success',
          error: '',
        };
        out.add('response_total', 'counter', 'Total count of HTTP responses.', labels, count);
        out.histogram(
          'response_latency_ms',
          "Elapsed times between a request's headers being received and its response stream completing.",
          { ...base, status_code: STATUS_CODE[code] },
          LINKERD_BOUNDS,
          bucketsAt(counters, LINKERD_BOUNDS),
          counters.sumMs,
          count,
        );
      }
    });
  };
  for (const route of outbound) if (route.route.sourceMesh === 'linkerd') draw(route, 'outbound');
  for (const route of inbound)
    if (route.route.destMesh === 'linkerd' && route.route.destCluster === cluster)
      draw(route, 'inbound');
};

function mergeTargets(route: RouteCounters): Record<CodeClass, CodeCounters> {
  return {
    '2xx': addCounters(countersOf(route, '2xx')),
    '4xx': addCounters(countersOf(route, '4xx')),
    '5xx': addCounters(countersOf(route, '5xx')),
  };
}
