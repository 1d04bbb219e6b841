import { CODE_CLASSES, STATUS_CODE, type RouteCounters } from '../route-counters';
import type { InventoryWorkload } from '../traffic-inventory';
import { appOf, bucketsAt, serviceFqdn, versionOf, type MeshRenderer } from './render-context';

/** Default buckets of `istio_request_duration_milliseconds`. */
const ISTIO_BOUNDS = [
  0.5, 1, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000, 60000, 300000, 600000,
  1800000, 3600000,
];
const REQUESTS_HELP = 'Total requests.';
const DURATION_HELP = 'Request duration in milliseconds.';

/**
 * The Istio standard metrics as the sidecars export them: every request twice, once by the caller's
 * proxy (`reporter="source"`, in the caller's cluster) and once by the callee's
 * (`reporter="destination"`, in the callee's cluster), with source/destination cluster labels.
 */
export const renderIstioMetrics: MeshRenderer = ({
  cluster,
  trustDomains,
  outbound,
  inbound,
  out,
}) => {
  const draw = (route: RouteCounters, reporter: 'source' | 'destination') => {
    const r = route.route;
    const principal = (c: string, w: InventoryWorkload | undefined) =>
      w
        ? `spiffe://${trustDomains.get(c) ?? 'cluster.local'}/ns/${w.namespace}/sa/${w.serviceAccount}`
        : 'unknown';
    r.targets.forEach((target, t) => {
      const dst = target.workload;
      const policy = reporter === 'source' ? 'unknown' : r.mtls ? 'mutual_tls' : 'none';
      for (const code of CODE_CLASSES) {
        const counters = route.targets[t]![code];
        const labels = {
          reporter,
          source_workload: r.source.name,
          source_workload_namespace: r.source.namespace,
          source_principal:
            r.mtls || reporter === 'source' ? principal(r.sourceCluster, r.source) : 'unknown',
          source_app: appOf(r.source),
          source_version: versionOf(r.source) ?? 'unknown',
          source_canonical_service:
            r.source.labels['service.istio.io/canonical-name'] ?? appOf(r.source),
          source_canonical_revision: versionOf(r.source) ?? 'latest',
          source_cluster: r.sourceCluster,
          destination_workload: dst?.name ?? 'unknown',
          destination_workload_namespace: dst?.namespace ?? r.destService.namespace,
          destination_principal: principal(r.destCluster, dst),
          destination_app: appOf(dst),
          destination_version: versionOf(dst) ?? 'unknown',
          destination_service: serviceFqdn(r.destService.namespace, r.destService.name),
          destination_service_name: r.destService.name,
          destination_service_namespace: r.destService.namespace,
          destination_canonical_service: appOf(dst),
          destination_canonical_revision: versionOf(dst) ?? 'latest',
          destination_cluster: r.destCluster,
          request_protocol: r.protocol === 'tcp' ? 'http' : r.protocol,
          response_code: STATUS_CODE[code],
          grpc_response_status: r.protocol === 'grpc' ? (code === '2xx' ? '0' : '14') : '',
          response_flags: code === '5xx' ? 'URX' : '-',
          connection_security_policy: policy,
        };
        const count = Math.floor(counters.count);
        out.add('istio_requests_total', 'counter', REQUESTS_HELP, labels, count);
        out.histogram(
          'istio_request_duration_milliseconds',
          DURATION_HELP,
          labels,
          ISTIO_BOUNDS,
          bucketsAt(counters, ISTIO_BOUNDS),
          counters.sumMs,
          count,
        );
      }
    });
  };
  for (const route of outbound) if (route.route.sourceMesh === 'istio') draw(route, 'source');
  for (const route of inbound)
    if (route.route.destMesh === 'istio' && route.route.destCluster === cluster)
      draw(route, 'destination');
};
