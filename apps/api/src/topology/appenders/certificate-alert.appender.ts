import type { TopologyAppender } from './topology-appender';

/**
 * Marks every node of a mesh whose trust chain is in danger (a root, intermediate or issuer that is
 * CRITICAL or EXPIRED), so an expiring CA shows where its traffic is, not only on the Certificates page.
 */
export const certificateAlertAppender: TopologyAppender = {
  name: 'certificate-alert',
  append(graph, context) {
    for (const node of graph.nodes) {
      node.certificateAlert =
        node.mesh !== undefined && context.meshesWithCertificateAlert.has(node.mesh);
    }
  },
};
