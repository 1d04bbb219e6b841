import { hashString } from '../seeded-random';
import { CODE_CLASSES, STATUS_CODE } from '../route-counters';
import type { InventoryWorkload } from '../traffic-inventory';
import { addCounters, bucketsAt, countersOf, type MeshRenderer } from './render-context';
import { ENVOY_BOUNDS } from './consul-metrics';

const podOf = (w: InventoryWorkload): string =>
  `${w.name}-${hashString(`${w.namespace}/${w.name}`).toString(36).slice(0, 5)}`;

/**
 * OSM's Envoy: the WASM stats `osm_request_total` / `osm_request_duration_ms` (caller side, the callee
 * named by workload from the response's osm-stats headers), and the upstream-cluster stats whose
 * `envoy_cluster_name` is `<namespace>/<service>|<port>`. OSM always uses mTLS.
 */
export const renderOsmMetrics: MeshRenderer = ({ cluster, outbound, out }) => {
  for (const route of outbound) {
    const r = route.route;
    if (r.sourceMesh !== 'osm' || r.sourceCluster !== cluster) continue;
    const source = {
      source_namespace: r.source.namespace,
      source_kind: r.source.kind,
      source_name: r.source.name,
      source_pod: podOf(r.source),
    };
    r.targets.forEach((target, t) => {
      const dst = target.workload;
      if (!dst) return;
      const labels = {
        ...source,
        destination_namespace: dst.namespace,
        destination_kind: dst.kind,
        destination_name: dst.name,
        destination_pod: podOf(dst),
      };
      const all = route.targets[t]!;
      for (const code of CODE_CLASSES)
        out.add(
          'osm_request_total',
          'counter',
          'Requests by source and destination.',
          { response_code: STATUS_CODE[code], ...labels },
          Math.floor(all[code].count),
        );
      const merged = addCounters(CODE_CLASSES.map((code) => all[code]));
      const count = CODE_CLASSES.reduce((sum, code) => sum + Math.floor(all[code].count), 0);
      out.histogram(
        'osm_request_duration_ms',
        'Request duration in milliseconds.',
        labels,
        ENVOY_BOUNDS,
        bucketsAt(merged, ENVOY_BOUNDS),
        merged.sumMs,
        count,
      );
    });
    const upstream = {
      ...source,
      envoy_cluster_name: `${r.destService.namespace}/${r.destService.name}|${r.destService.port}`,
    };
    const perCode = CODE_CLASSES.map((code) => addCounters(countersOf(route, code)));
    out.add(
      'envoy_cluster_upstream_rq_total',
      'counter',
      'Upstream requests.',
      upstream,
      perCode.reduce((sum, c) => sum + Math.floor(c.count), 0),
    );
    CODE_CLASSES.forEach((code, i) =>
      out.add(
        'envoy_cluster_upstream_rq_xx',
        'counter',
        'Upstream responses by class.',
        { ...upstream, envoy_response_code_class: code.charAt(0) },
        Math.floor(perCode[i]!.count),
      ),
    );
  }
};
