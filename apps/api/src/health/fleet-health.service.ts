import { Injectable } from '@nestjs/common';
import {
  controlPlaneAssessment,
  Health,
  rollUpHealth,
  worstAssessment,
  type HealthAssessment,
} from '@meshwork/model';
import { FleetState } from '../discovery/fleet-state.service';
import { TopologyGranularity } from '../topology/graph/topology-graph';
import { TopologyService } from '../topology/topology.service';
import type { FleetHealthModel } from './fleet-health.models';

/**
 * Mesh and cluster health from the workload topology (pod readiness and traffic health per
 * workload, already computed by the health appender) plus each mesh's control plane.
 */
@Injectable()
export class FleetHealthService {
  constructor(
    private readonly fleet: FleetState,
    private readonly topology: TopologyService,
  ) {}

  async fleetHealth(window: number): Promise<FleetHealthModel> {
    const graph = await this.topology.topology(
      { granularity: TopologyGranularity.WORKLOAD },
      window,
    );
    const workloads = graph.nodes.filter((n) => n.kind === 'WORKLOAD');
    const meshes = this.fleet.meshes().map((mesh) => {
      const members = workloads.filter((n) => n.mesh === mesh.id);
      const assessment = worstAssessment([
        ...mesh.controlPlanes.map((cp) => controlPlaneAssessment(cp.name, cp.health)),
        ...(members.length ? [rollUpHealth(members, 'workload')] : []),
      ]);
      return { meshId: mesh.id, cluster: mesh.cluster, ...flat(assessment) };
    });
    const clusterNames = [...new Set([...this.fleet.allClusters().map((c) => c.cluster)])].sort();
    const clusters = clusterNames.map((cluster) => {
      const own = meshes.filter((m) => m.cluster === cluster);
      // Meshed workloads already count through their mesh; add only the ones outside any mesh.
      const meshIds = new Set(own.map((m) => m.meshId));
      const members = workloads.filter(
        (n) => n.cluster === cluster && (n.mesh === undefined || !meshIds.has(n.mesh)),
      );
      const assessment = worstAssessment([
        ...own.map((m) => ({
          health: m.health,
          reasons: m.reasons.map((r) => `${m.meshId}: ${r}`),
        })),
        ...(members.length ? [rollUpHealth(members, 'workload')] : []),
      ]);
      return { cluster, ...flat(assessment) };
    });
    return { meshes, clusters, metricsAvailable: graph.metricsAvailable };
  }
}

function flat(assessment: HealthAssessment): { health: Health; reasons: string[] } {
  return { health: assessment.health, reasons: assessment.reasons };
}
