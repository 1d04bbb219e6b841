import type { EdgeSample } from '../../metrics/traffic-snapshot';
import type { NodeResolver } from './node-resolver';
import type { EdgeProtocol, TopologyEdge, TopologyNode } from './topology-graph';

interface EdgeSums {
  source: string;
  target: string;
  crossCluster: boolean;
  protocol: EdgeProtocol;
  requests: number;
  serverErrors: number;
  clientErrors: number;
  mtls?: number;
  mtlsTotal?: number;
  latency: { p50: number; p95: number; p99: number; weight: number };
}

/**
 * Edges between resolved nodes: samples that land on the same pair of nodes add up; latency
 * quantiles, which cannot be added, are averaged weighted by requests (an approximation noted in
 * the API docs).
 */
export function buildEdges(samples: readonly EdgeSample[], resolver: NodeResolver): TopologyEdge[] {
  const sums = new Map<string, EdgeSums>();
  for (const sample of samples) {
    const sources = resolver.resolve(sample.key.source, 'source');
    const targets = resolver.resolve(sample.key.target, 'target');
    for (const s of sources)
      for (const t of targets) {
        const share = s.share * t.share;
        const id = `${s.id}>${t.id}`;
        let sum = sums.get(id);
        if (!sum) {
          sum = {
            source: s.id,
            target: t.id,
            crossCluster: s.cluster !== t.cluster,
            protocol: sample.key.protocol,
            requests: 0,
            serverErrors: 0,
            clientErrors: 0,
            latency: { p50: 0, p95: 0, p99: 0, weight: 0 },
          };
          sums.set(id, sum);
        }
        const requests = sample.requestRate * share;
        sum.requests += requests;
        sum.serverErrors += sample.serverErrorRate * share;
        sum.clientErrors += sample.clientErrorRate * share;
        if (sample.mtlsRate !== undefined) sum.mtls = (sum.mtls ?? 0) + sample.mtlsRate * share;
        if (sample.mtlsTotalRate !== undefined)
          sum.mtlsTotal = (sum.mtlsTotal ?? 0) + sample.mtlsTotalRate * share;
        if (sample.p95LatencyMs !== undefined && requests > 0) {
          sum.latency.p50 += (sample.p50LatencyMs ?? 0) * requests;
          sum.latency.p95 += sample.p95LatencyMs * requests;
          sum.latency.p99 += (sample.p99LatencyMs ?? 0) * requests;
          sum.latency.weight += requests;
        }
      }
  }
  const edges: TopologyEdge[] = [];
  for (const [id, sum] of sums) {
    if (sum.requests <= 0) continue;
    const w = sum.latency.weight;
    edges.push({
      id,
      source: sum.source,
      target: sum.target,
      protocol: sum.protocol,
      requestRate: sum.requests,
      errorRate: (100 * sum.serverErrors) / sum.requests,
      clientErrorRate: (100 * sum.clientErrors) / sum.requests,
      p50LatencyMs: w > 0 ? sum.latency.p50 / w : undefined,
      p95LatencyMs: w > 0 ? sum.latency.p95 / w : undefined,
      p99LatencyMs: w > 0 ? sum.latency.p99 / w : undefined,
      mtlsRate: sum.mtls,
      mtlsTotalRate: sum.mtlsTotal,
      crossCluster: sum.crossCluster,
      highlighted: false,
    });
  }
  return edges;
}

/** Inbound request and error rates per node, from the edges into it. */
export function applyInboundTraffic(
  nodes: readonly TopologyNode[],
  edges: readonly TopologyEdge[],
): void {
  const inbound = new Map<string, { requests: number; serverErrors: number }>();
  for (const e of edges) {
    const sum = inbound.get(e.target) ?? { requests: 0, serverErrors: 0 };
    sum.requests += e.requestRate;
    sum.serverErrors += (e.requestRate * e.errorRate) / 100;
    inbound.set(e.target, sum);
  }
  for (const node of nodes) {
    const sum = inbound.get(node.id);
    node.requestRate = sum?.requests ?? 0;
    node.errorRate = sum && sum.requests > 0 ? (100 * sum.serverErrors) / sum.requests : 0;
  }
}
