import { Injectable } from '@nestjs/common';
import { FleetState } from '../discovery/fleet-state.service';
import { buildNodes } from './graph/build-nodes';
import { TopologyGranularity, type TopologyGraph } from './graph/topology-graph';
import type { TopologyFilterInput } from './topology.inputs';

/** Builds the topology graph: nodes from FleetState, edges from metrics, then the appenders. */
@Injectable()
export class TopologyService {
  constructor(private readonly fleet: FleetState) {}

  topology(filter: TopologyFilterInput | undefined, window: number): TopologyGraph {
    const granularity = filter?.granularity ?? TopologyGranularity.SERVICE;
    const nodes = buildNodes(this.fleet, granularity).filter(
      (n) =>
        (!filter?.clusters?.length || filter.clusters.includes(n.cluster)) &&
        (!filter?.namespaces?.length || filter.namespaces.includes(n.namespace)) &&
        (!filter?.meshes?.length || (n.mesh !== undefined && filter.meshes.includes(n.mesh))),
    );
    return {
      nodes,
      edges: [],
      window,
      generatedAt: new Date(),
      metricsAvailable: false,
      metricsSource: 'none',
      metricsError: 'no metrics source configured',
    };
  }
}
