import type { PromqlScope } from '@meshwork/adapters-core';
import edges from './__fixtures__/edges-requests.json';
import { consulPromql } from './consul-promql';

const scope: PromqlScope = { cluster: 'south', windowSeconds: 300 };

describe('consulPromql', () => {
  it('groups upstream stats by caller service and Consul destination tags', () => {
    const queries = Object.fromEntries(
      consulPromql.edgeQueries(scope).map((q) => [q.stat, q.expr]),
    );
    expect(queries.requests).toBe(
      'sum by (local_cluster, consul_destination_service, consul_destination_namespace, consul_destination_datacenter, consul_destination_peer) (rate(envoy_cluster_upstream_rq_total{consul_destination_service!=""}[300s]))',
    );
    expect(queries.serverErrors).toContain(
      'envoy_cluster_upstream_rq_xx{consul_destination_service!="",envoy_response_code_class="5"}',
    );
    expect(queries.clientErrors).toContain('envoy_response_code_class="4"');
    // Consul's mesh is mTLS only: every request counts.
    expect(queries.mtls).toBe(queries.requests);
    expect(queries.p50).toContain('envoy_cluster_upstream_rq_time_bucket');
  });

  it('names ends by service and a peered upstream by its peer', () => {
    const [local, peered] = edges.data.result.map((r) =>
      consulPromql.edgeKey(r.metric as unknown as Record<string, string>, scope),
    );
    expect(local).toEqual({
      source: { cluster: 'south', service: 'fraud-check' },
      target: { cluster: 'south', service: 'payments' },
      protocol: 'http',
    });
    expect(peered?.target).toEqual({ cluster: 'west-dc', service: 'billing' });
  });

  it('asks for a service by its Consul name', () => {
    const [, errors] = consulPromql.serviceQueries(
      { namespace: 'payments', name: 'payments', workloads: [] },
      scope,
    );
    expect(errors?.expr).toContain(
      'consul_destination_service="payments",envoy_response_code_class="5"',
    );
  });
});
