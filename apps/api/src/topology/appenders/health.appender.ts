import {
  Health,
  replicaHealth,
  trafficHealth,
  worstAssessment,
  type HealthAssessment,
} from '@meshwork/model';
import type { TopologyAppender } from './topology-appender';

/**
 * Node health: the worst of pod readiness (every workload behind the node) and inbound traffic
 * health under the node's tolerance. Ready but idle nodes are IDLE; with metrics unavailable, pod
 * readiness alone decides; outside nodes are UNKNOWN.
 */
export const healthAppender: TopologyAppender = {
  name: 'health',
  append(graph, context) {
    const clientErrors = new Map<string, number>();
    for (const e of graph.edges)
      clientErrors.set(
        e.target,
        (clientErrors.get(e.target) ?? 0) + (e.requestRate * e.clientErrorRate) / 100,
      );
    for (const node of graph.nodes) {
      if (node.kind === 'EXTERNAL') {
        node.health = Health.UNKNOWN;
        node.healthReasons = ['outside the fleet'];
        continue;
      }
      const assessments: HealthAssessment[] = context.workloadsOf(node.id).map((w) => {
        const pods = replicaHealth(w.replicas);
        return { ...pods, reasons: pods.reasons.map((r) => `${w.name}: ${r}`) };
      });
      if (graph.metricsAvailable && (node.requestRate ?? 0) > 0) {
        const tolerance = context.tolerances.for(node);
        const rate = node.requestRate ?? 0;
        assessments.push(
          trafficHealth(
            {
              requestRate: rate,
              serverErrorPercent: node.errorRate,
              clientErrorPercent: (100 * (clientErrors.get(node.id) ?? 0)) / rate,
            },
            tolerance,
          ),
        );
      }
      const worst = worstAssessment(assessments);
      const readyButQuiet =
        node.idle && (worst.health === Health.HEALTHY || worst.health === Health.IDLE);
      node.health = readyButQuiet
        ? Health.IDLE
        : assessments.length
          ? worst.health
          : Health.UNKNOWN;
      node.healthReasons = assessments.length ? worst.reasons : ['no workload behind it'];
    }
  },
};
