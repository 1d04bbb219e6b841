import type { TopologyAppender } from './topology-appender';

/** Share of each edge's requests that went over mTLS, 0-100; unknown when the mesh did not say. */
export const mtlsAppender: TopologyAppender = {
  name: 'mtls',
  append(graph) {
    for (const e of graph.edges) {
      const total = e.mtlsTotalRate ?? e.requestRate;
      e.mtlsPercent =
        e.mtlsRate === undefined || total <= 0
          ? undefined
          : Math.min(100, Math.round((10_000 * e.mtlsRate) / total) / 100);
    }
  },
};
