import { MetricsService } from './metrics.service';

describe('MetricsService', () => {
  it('exports process metrics and the GraphQL duration histogram by operation name', async () => {
    const metrics = new MetricsService();
    metrics.observeGraphqlOperation('ListClusters', 'query', 'ok', 0.012);
    const text = await metrics.render();
    expect(text).toContain('process_cpu_user_seconds_total');
    expect(text).toMatch(
      /meshwork_graphql_operation_duration_seconds_count\{operation="ListClusters",type="query",outcome="ok"\} 1/,
    );
  });

  it('bounds label cardinality from client-chosen operation names', async () => {
    const metrics = new MetricsService();
    for (let i = 0; i < 250; i++) metrics.observeGraphqlOperation(`Op${i}`, 'query', 'ok', 0.001);
    metrics.observeGraphqlOperation('not a name {', 'query', 'ok', 0.001);
    const text = await metrics.render();
    expect(text).toMatch(/operation="other"[^\n]* 50\n/);
    expect(text).toContain('operation="invalid"');
    expect(text).not.toContain('operation="Op249"');
  });
});
