import { fleetOf, service, workload } from '../../topology/testing/topology-fixtures';
import { SimulatedMetricsSource } from './simulated-metrics-source';
import { ControlPlaneHealth, MeshKind } from '@meshwork/model';

const istio = (cluster: string) => ({
  id: `${cluster}/istio-system/Mesh/istio`,
  kind: MeshKind.ISTIO,
  name: 'istio',
  cluster,
  namespace: 'istio-system',
  controlPlanes: [],
  health: ControlPlaneHealth.HEALTHY,
  attributes: {},
});

describe('SimulatedMetricsSource', () => {
  const web = workload('east', 'shop', 'web');
  const cart = workload('east', 'shop', 'cart');
  const istiod = workload('east', 'istio-system', 'istiod');
  const services = [
    service('east', 'shop', 'web', [web]),
    service('east', 'shop', 'cart', [cart]),
    service('east', 'istio-system', 'istiod', [istiod]),
  ];
  const fleet = { ...fleetOf([web, cart, istiod], services), meshes: () => [istio('east')] };

  it('gives edges between meshed application workloads, none in the control plane, the same every time', async () => {
    const now = () => 1_800_000_000_000;
    const a = await new SimulatedMetricsSource(fleet, { now, epochMs: now() - 600_000 }).edges(300);
    const b = await new SimulatedMetricsSource(fleet, { now, epochMs: now() - 600_000 }).edges(300);
    expect(a.available).toBe(true);
    expect(a.source).toBe('simulated');
    expect(a.edges.length).toBeGreaterThan(0);
    expect(
      a.edges.every((e) => e.key.source.namespace === 'shop' && e.key.target.namespace === 'shop'),
    ).toBe(true);
    expect(a.edges).toEqual(b.edges);
  });

  it('gives one series per statistic for a service over the window', async () => {
    const now = () => 1_800_000_000_000;
    const source = new SimulatedMetricsSource(fleet, { now });
    const target = (await source.edges(300)).edges[0]!.key.target;
    const svc = services.find((s) => s.name === target.service)!;
    const result = await source.serviceSeries(svc, 600, 60);
    expect(result.series.map((s) => `${s.name} ${s.unit}`)).toEqual([
      'requestRate req/s',
      'errorRate %',
      'p50LatencyMs ms',
      'p95LatencyMs ms',
      'p99LatencyMs ms',
    ]);
    expect(result.series[0]!.points).toHaveLength(11);
    expect(result.series[0]!.points.at(-1)!.v).toBeGreaterThan(0);
  });
});
