import type { TopologyAppender } from './topology-appender';

/** Marks nodes that send traffic and receive none: ingress gateways, load generators, batch jobs. */
export const trafficSourceAppender: TopologyAppender = {
  name: 'traffic-source',
  append(graph) {
    const sends = new Set<string>();
    const receives = new Set<string>();
    for (const e of graph.edges) {
      if (e.requestRate <= 0) continue;
      sends.add(e.source);
      receives.add(e.target);
    }
    for (const node of graph.nodes)
      node.trafficSource = sends.has(node.id) && !receives.has(node.id);
  },
};
