import type { HealthTolerances, Workload } from '@meshwork/model';
import type { TopologyExpression } from '../expressions/topology-expression';
import type { TopologyGraph } from '../graph/topology-graph';

/** What appenders may read besides the graph. */
export interface AppenderContext {
  tolerances: HealthTolerances;
  /** The workloads behind a node (itself, its service's, its app's); empty for external nodes. */
  workloadsOf(nodeId: string): readonly Workload[];
  /** Ids of meshes whose root, intermediate or issuer certificate is CRITICAL or EXPIRED. */
  meshesWithCertificateAlert: ReadonlySet<string>;
  find?: TopologyExpression;
  hide?: TopologyExpression;
}

/**
 * One enrichment step of the topology pipeline; appenders run in a fixed order and change the graph
 * in place (see `DEFAULT_APPENDERS`).
 */
export interface TopologyAppender {
  readonly name: string;
  append(graph: TopologyGraph, context: AppenderContext): void;
}
