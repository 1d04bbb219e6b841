import type { TopologyAppender } from './topology-appender';

/**
 * Idle nodes: no request in or out during the window. Dead nodes, idle and with no pod desired (a
 * scaled-to-zero leftover), are removed. Without metrics nothing is known to be idle.
 */
export const idleAppender: TopologyAppender = {
  name: 'idle',
  append(graph, context) {
    if (!graph.metricsAvailable) {
      for (const node of graph.nodes) node.idle = false;
      return;
    }
    const busy = new Set<string>();
    for (const e of graph.edges)
      if (e.requestRate > 0) {
        busy.add(e.source);
        busy.add(e.target);
      }
    graph.nodes = graph.nodes.filter((node) => {
      node.idle = !busy.has(node.id);
      if (!node.idle || node.kind === 'EXTERNAL') return true;
      const workloads = context.workloadsOf(node.id);
      const dead = workloads.length > 0 && workloads.every((w) => w.replicas.desired === 0);
      return !dead;
    });
  },
};
