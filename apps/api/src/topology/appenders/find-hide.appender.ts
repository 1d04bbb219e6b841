import type { Subject } from '../expressions/topology-expression';
import type { TopologyAppender } from './topology-appender';

/** `hide` removes matching nodes (with their edges) and matching edges; `find` highlights matches. */
export const findHideAppender: TopologyAppender = {
  name: 'find-hide',
  append(graph, { find, hide }) {
    if (!find && !hide) return;
    const byId = new Map(graph.nodes.map((n) => [n.id, n]));
    const edgeSubject = (e: (typeof graph.edges)[number]): Subject => ({
      type: 'edge',
      edge: e,
      source: byId.get(e.source),
    });
    if (hide) {
      graph.nodes = graph.nodes.filter((node) => !hide.matches({ type: 'node', node }));
      const kept = new Set(graph.nodes.map((n) => n.id));
      graph.edges = graph.edges.filter(
        (e) => kept.has(e.source) && kept.has(e.target) && !hide.matches(edgeSubject(e)),
      );
    }
    if (find) {
      for (const node of graph.nodes) node.highlighted = find.matches({ type: 'node', node });
      for (const e of graph.edges) e.highlighted = find.matches(edgeSubject(e));
    }
  },
};
