import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ControlPlaneHealth, MeshKind, type Mesh } from '@meshwork/model';
import { meshworkConfigSchema } from '../../config/meshwork-config';
import { meshAdapters } from '../../discovery/mesh-adapters';
import { fleetOf, service, workload } from '../../topology/testing/topology-fixtures';
import { PrometheusEndpoints } from './prometheus-endpoints';
import { PrometheusMetricsSource } from './prometheus-metrics-source';

const mesh = (cluster: string, kind: MeshKind): Mesh => ({
  id: `${cluster}/mesh/Mesh/${kind.toLowerCase()}`,
  kind,
  name: kind.toLowerCase(),
  cluster,
  namespace: 'mesh',
  controlPlanes: [],
  health: ControlPlaneHealth.HEALTHY,
  attributes: {},
});

/** Answers Istio's request query with one cross-cluster edge, everything else with nothing. */
async function fakePrometheus(queries: string[]): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const query = new URLSearchParams(body).get('query') ?? '';
      queries.push(query);
      const edge =
        query.startsWith('sum by') && query.includes('istio_requests_total{reporter="source"');
      const result = edge
        ? [
            {
              metric: {
                source_cluster: 'east',
                source_workload_namespace: 'shop',
                source_workload: 'web',
                destination_cluster: 'west',
                destination_service_namespace: 'shop',
                destination_service_name: 'cart',
                request_protocol: 'http',
              },
              value: [0, query.includes('5..') ? '1' : query.includes('4..') ? '0' : '10'],
            },
          ]
        : [];
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ status: 'success', data: { resultType: 'vector', result } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe('PrometheusMetricsSource', () => {
  const web = workload('east', 'shop', 'web');
  const fleet = {
    ...fleetOf([web], [service('east', 'shop', 'web', [web])]),
    meshes: () => [mesh('east', MeshKind.ISTIO), mesh('west', MeshKind.ISTIO)],
  };
  let server: Server | undefined;
  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('asks each cluster with its label on a shared store and merges the answers into edges', async () => {
    const queries: string[] = [];
    const fake = await fakePrometheus(queries);
    server = fake.server;
    const config = meshworkConfigSchema.parse({
      prometheusUrl: fake.url,
      prometheusClusterLabel: 'k8s',
    });
    const source = new PrometheusMetricsSource(
      fleet,
      meshAdapters(),
      new PrometheusEndpoints(config),
      10_000,
    );
    const snapshot = await source.edges(60);
    expect(snapshot).toMatchObject({
      available: true,
      source: `prometheus:${fake.url}`,
      error: undefined,
    });
    expect(queries.some((q) => q.includes('k8s="east"'))).toBe(true);
    expect(queries.some((q) => q.includes('k8s="west"'))).toBe(true);
    // Both clusters' stores report the same edge key (the label filter is the fake's to ignore): rates add.
    expect(snapshot.edges).toHaveLength(1);
    expect(snapshot.edges[0]).toMatchObject({
      requestRate: 20,
      serverErrorRate: 2,
      clientErrorRate: 0,
    });
    const asked = queries.length;
    await source.edges(60);
    expect(queries).toHaveLength(asked); // cached
  });

  it('names the cluster whose store fails and keeps the others', async () => {
    const queries: string[] = [];
    const fake = await fakePrometheus(queries);
    server = fake.server;
    const config = meshworkConfigSchema.parse({
      prometheusClusters: { east: { url: fake.url }, west: { url: 'http://127.0.0.1:1' } },
    });
    const source = new PrometheusMetricsSource(
      fleet,
      meshAdapters(),
      new PrometheusEndpoints(config),
      0,
    );
    const snapshot = await source.edges(60);
    expect(snapshot.available).toBe(true);
    expect(snapshot.edges).toHaveLength(1);
    expect(snapshot.error).toMatch(
      /^metrics unavailable for west: http:\/\/127\.0\.0\.1:1: unreachable/,
    );
  });

  it('is unavailable, with the reason, when no cluster answers', async () => {
    const config = meshworkConfigSchema.parse({ prometheusUrl: 'http://127.0.0.1:1' });
    const source = new PrometheusMetricsSource(
      fleet,
      meshAdapters(),
      new PrometheusEndpoints(config),
      0,
    );
    const snapshot = await source.edges(60);
    expect(snapshot).toMatchObject({ available: false, edges: [] });
    expect(snapshot.error).toContain('east: http://127.0.0.1:1: unreachable');
  });
});
