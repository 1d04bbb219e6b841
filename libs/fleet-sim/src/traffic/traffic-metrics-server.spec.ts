import { FLEET_CLUSTERS } from '../scenarios/fleet-clusters';
import { readScenario } from '../scenarios/scenario-files';
import { TrafficMetricsServer } from './traffic-metrics-server';
import { TrafficModel } from './traffic-model';

describe('TrafficMetricsServer', () => {
  it('serves each cluster on its own path and 404s for an unknown one', async () => {
    const model = TrafficModel.fromObjects(
      FLEET_CLUSTERS.map((c) => ({
        name: c.cluster,
        mesh: c.mesh,
        objects: readScenario(c.scenario),
      })),
      { epochMs: Date.now() - 10_000 },
    );
    const server = await TrafficMetricsServer.start(model);
    try {
      expect(server.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const east = await fetch(server.baseUrl + server.metricsPath('east'));
      expect(east.headers.get('content-type')).toContain('text/plain');
      expect(await east.text()).toContain('istio_requests_total{reporter="source"');
      const north = await fetch(server.baseUrl + server.metricsPath('north'));
      expect(await north.text()).toContain('response_total{direction="outbound"');
      expect((await fetch(`${server.baseUrl}/clusters/nowhere/metrics`)).status).toBe(404);
    } finally {
      await server.stop();
    }
  });
});
