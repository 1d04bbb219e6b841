import { aNode, anEdge } from '../testing/topology.fixture';
import { addEdgeMetrics, edgeLabels, edgeTone, metricsOfEdge } from './edge-metrics';

const a = aNode('east', 'ns', 'a');
const b = aNode('west', 'ns', 'b');

describe('edge metrics', () => {
  it('weighs error rates by request rate when summing edges', () => {
    const total = metricsOfEdge(
      anEdge(a, b, { requestRate: 90, errorRate: 0, p95LatencyMs: 10, mtlsPercent: 100 }),
    );
    addEdgeMetrics(
      total,
      anEdge(b, a, { requestRate: 10, errorRate: 50, p95LatencyMs: 80, mtlsPercent: 40 }),
    );
    expect(total.requestRate).toBe(100);
    expect(total.errorRate).toBeCloseTo(5);
    expect(total.p95LatencyMs).toBe(80);
    expect(total.mtlsPercent).toBe(40);
    expect(total.crossCluster).toBe(true);
    expect(total.count).toBe(2);
  });

  it('puts the lock in front of the label only when every request is mTLS', () => {
    expect(
      edgeLabels(metricsOfEdge(anEdge(a, b, { mtlsPercent: 100 }))).rate.startsWith('\u26b7'),
    ).toBe(true);
    expect(
      edgeLabels(metricsOfEdge(anEdge(a, b, { mtlsPercent: 99.5 }))).rate.startsWith('\u26b7'),
    ).toBe(false);
    expect(
      edgeLabels(metricsOfEdge(anEdge(a, b, { mtlsPercent: null }))).rate.startsWith('\u26b7'),
    ).toBe(false);
  });

  it('calls an edge failing from 10 % errors, degraded from 0.1 %, idle without traffic', () => {
    expect(edgeTone(12, 5)).toBe('failing');
    expect(edgeTone(0.5, 5)).toBe('degraded');
    expect(edgeTone(0.01, 5)).toBe('ok');
    expect(edgeTone(0, 0)).toBe('idle');
  });
});
