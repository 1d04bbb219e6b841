import type { PromqlScope } from '@meshwork/adapters-core';
import edges from './__fixtures__/edges-requests.json';
import { osmPromql } from './osm-promql';

const scope: PromqlScope = { cluster: 'central', windowSeconds: 300 };

describe('osmPromql', () => {
  it('groups the WASM stats by source and destination workload', () => {
    const queries = Object.fromEntries(osmPromql.edgeQueries(scope).map((q) => [q.stat, q.expr]));
    expect(queries.requests).toBe(
      'sum by (source_namespace, source_kind, source_name, destination_namespace, destination_kind, destination_name) (rate(osm_request_total[300s]))',
    );
    expect(queries.serverErrors).toContain('osm_request_total{response_code=~"5.."}');
    expect(queries.p95).toContain('osm_request_duration_ms_bucket[300s]');
  });

  it('reads both ends as workloads of the same cluster', () => {
    const key = osmPromql.edgeKey(edges.data.result[0]!.metric, scope);
    expect(key).toEqual({
      source: {
        cluster: 'central',
        namespace: 'bookbuyer',
        workload: 'bookbuyer',
        workloadKind: 'Deployment',
      },
      target: {
        cluster: 'central',
        namespace: 'bookstore',
        workload: 'bookstore-v1',
        workloadKind: 'Deployment',
      },
      protocol: 'http',
    });
  });

  it('selects a service through the workloads behind it', () => {
    const [rate] = osmPromql.serviceQueries(
      { namespace: 'bookstore', name: 'bookstore', workloads: ['bookstore-v1', 'bookstore-v2'] },
      scope,
    );
    expect(rate?.expr).toContain('destination_name=~"bookstore-v1|bookstore-v2"');
  });
});
