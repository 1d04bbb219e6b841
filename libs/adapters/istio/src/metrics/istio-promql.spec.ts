import type { PromqlScope } from '@meshwork/adapters-core';
import edges from './__fixtures__/edges-requests.json';
import { ISTIO_EDGE_LABELS, istioPromql } from './istio-promql';

const scope: PromqlScope = { cluster: 'east', windowSeconds: 300 };

describe('istioPromql', () => {
  it('counts edges from the caller proxy and mTLS from the callee proxy, grouped by the edge key', () => {
    const queries = Object.fromEntries(istioPromql.edgeQueries(scope).map((q) => [q.stat, q.expr]));
    expect(queries.requests).toBe(
      `sum by (${ISTIO_EDGE_LABELS.join(', ')}) (rate(istio_requests_total{reporter="source"}[300s]))`,
    );
    expect(queries.serverErrors).toContain('response_code=~"5.."');
    expect(queries.clientErrors).toContain('response_code=~"4.."');
    expect(queries.mtls).toContain(
      'reporter="destination",connection_security_policy="mutual_tls"',
    );
    expect(queries.mtlsTotal).toContain('{reporter="destination"}');
    expect(queries.p95).toMatch(
      /^histogram_quantile\(0\.95, sum by \(le, source_cluster, .*\) \(rate\(istio_request_duration_milliseconds_bucket\{reporter="source"\}\[300s\]\)\)\)$/,
    );
  });

  it('selects one cluster by label when one store holds every cluster', () => {
    for (const q of istioPromql.edgeQueries({ ...scope, clusterLabel: 'k8s_cluster' }))
      expect(q.expr).toContain('k8s_cluster="east"');
  });

  it('reads cross-cluster edges and unknown destination workloads from a recorded response', () => {
    const [cross, local, unknown] = edges.data.result.map((r) =>
      istioPromql.edgeKey(r.metric, scope),
    );
    expect(cross).toEqual({
      source: { cluster: 'east', namespace: 'shop', workload: 'frontend-v1', app: 'frontend' },
      target: { cluster: 'west', namespace: 'shop', service: 'cart', workload: 'cart-v1' },
      protocol: 'http',
    });
    expect(local?.target).toEqual({
      cluster: 'east',
      namespace: 'shop',
      service: 'payments',
      workload: undefined,
    });
    expect(local?.protocol).toBe('grpc');
    expect(unknown).toBeUndefined();
  });

  it('asks for one service by namespace and name, errors as a percentage', () => {
    const queries = istioPromql.serviceQueries(
      { namespace: 'shop', name: 'cart', workloads: ['cart-v1'] },
      { ...scope, windowSeconds: 60 },
    );
    expect(queries.map((q) => q.name)).toEqual([
      'requestRate',
      'errorRate',
      'p50LatencyMs',
      'p95LatencyMs',
      'p99LatencyMs',
    ]);
    expect(queries[0]!.expr).toBe(
      'sum (rate(istio_requests_total{reporter="destination",destination_service_namespace="shop",destination_service_name="cart"}[60s]))',
    );
    expect(queries[1]!.expr).toMatch(/^100 \* \(.*response_code=~"5\.\.".*\) \/ \(sum /);
  });
});
