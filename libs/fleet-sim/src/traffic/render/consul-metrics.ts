import { CODE_CLASSES, STATUS_CODE } from '../route-counters';
import { addCounters, appOf, bucketsAt, countersOf, type MeshRenderer } from './render-context';

/** Envoy's default histogram buckets. */
export const ENVOY_BOUNDS = [
  0.5, 1, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000, 60000, 300000, 600000,
  1800000, 3600000,
];
const CODE_CLASS_DIGIT = { '2xx': '2', '4xx': '4', '5xx': '5' } as const;

/**
 * Envoy upstream-cluster stats of Consul's dataplane, one upstream cluster per called service (not
 * per endpoint), with the tags Consul's bootstrap extracts: `local_cluster`, `consul_source_*` and
 * `consul_destination_*` (`consul_destination_peer` for a peered service). Consul's mesh is all mTLS.
 */
export const renderConsulMetrics: MeshRenderer = ({ cluster, trustDomains, outbound, out }) => {
  for (const route of outbound) {
    const r = route.route;
    if (r.sourceMesh !== 'consul' || r.sourceCluster !== cluster) continue;
    const source = r.sourceService ?? appOf(r.source);
    const peer = r.hop?.kind === 'consul-peer' ? r.hop.peer : undefined;
    const datacenter = peer ? '' : r.destCluster;
    const target = `${r.destService.name}.default.default.${peer ? `${peer}.external` : datacenter}`;
    const labels = {
      local_cluster: source,
      consul_source_service: source,
      consul_source_namespace: 'default',
      consul_source_partition: 'default',
      consul_source_datacenter: cluster,
      consul_destination_service: r.destService.name,
      consul_destination_namespace: 'default',
      consul_destination_partition: 'default',
      consul_destination_datacenter: datacenter,
      consul_destination_peer: peer ?? '',
      consul_destination_routing_type: 'internal',
      consul_destination_trust_domain: trustDomains.get(r.destCluster) ?? 'consul',
      consul_destination_target: target,
      consul_destination_full_target: `${target}.${trustDomains.get(r.destCluster) ?? 'consul'}`,
    };
    const perCode = CODE_CLASSES.map((code) => addCounters(countersOf(route, code)));
    const total = perCode.reduce((sum, c) => sum + Math.floor(c.count), 0);
    out.add('envoy_cluster_upstream_rq_total', 'counter', 'Upstream requests.', labels, total);
    CODE_CLASSES.forEach((code, i) => {
      const count = Math.floor(perCode[i]!.count);
      out.add(
        'envoy_cluster_upstream_rq_xx',
        'counter',
        'Upstream responses by class.',
        { ...labels, envoy_response_code_class: CODE_CLASS_DIGIT[code] },
        count,
      );
      out.add(
        'envoy_cluster_upstream_rq',
        'counter',
        'Upstream responses by code.',
        { ...labels, envoy_response_code: STATUS_CODE[code] },
        count,
      );
    });
    const all = addCounters(perCode);
    out.histogram(
      'envoy_cluster_upstream_rq_time',
      'Upstream request time in milliseconds.',
      labels,
      ENVOY_BOUNDS,
      bucketsAt(all, ENVOY_BOUNDS),
      all.sumMs,
      total,
    );
  }
};
