import type { PromqlScope } from '@meshwork/adapters-core';
import edges from './__fixtures__/edges-requests.json';
import { linkerdPromql } from './linkerd-promql';

const scope: PromqlScope = { cluster: 'north', windowSeconds: 120 };

describe('linkerdPromql', () => {
  it('reads outbound responses: failures by classification, mTLS by the tls label', () => {
    const queries = Object.fromEntries(
      linkerdPromql.edgeQueries(scope).map((q) => [q.stat, q.expr]),
    );
    expect(queries.requests).toMatch(
      /^sum by \(namespace, deployment, .*dst_target_service\) \(rate\(response_total\{direction="outbound"\}\[120s\]\)\)$/,
    );
    expect(queries.serverErrors).toContain('classification="failure"');
    expect(queries.mtls).toContain('tls="true"');
    expect(queries.p99).toContain('histogram_quantile(0.99, sum by (le, namespace');
    expect(queries.p99).toContain('response_latency_ms_bucket{direction="outbound"}');
  });

  it('takes the cluster from the store and a mirror target from dst_target_cluster', () => {
    const [local, mirrored, noDestination] = edges.data.result.map((r) =>
      linkerdPromql.edgeKey(r.metric as unknown as Record<string, string>, scope),
    );
    expect(local).toEqual({
      source: {
        cluster: 'north',
        namespace: 'emojivoto',
        workload: 'web',
        workloadKind: 'Deployment',
      },
      target: {
        cluster: 'north',
        namespace: 'emojivoto',
        service: 'emoji-svc',
        workload: 'emoji',
        workloadKind: 'Deployment',
      },
      protocol: 'http',
    });
    expect(mirrored?.target).toEqual({
      cluster: 'south',
      namespace: 'payments',
      service: 'payments',
    });
    expect(noDestination).toBeUndefined();
  });

  it('asks for a service through its callers, scoped to one cluster in a shared store', () => {
    const [rate] = linkerdPromql.serviceQueries(
      { namespace: 'emojivoto', name: 'web-svc', workloads: ['web'] },
      { ...scope, clusterLabel: 'cluster' },
    );
    expect(rate?.expr).toBe(
      'sum (rate(response_total{direction="outbound",dst_namespace="emojivoto",dst_service="web-svc",cluster="north"}[120s]))',
    );
  });
});
