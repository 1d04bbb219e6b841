import {
  CertificateExpiryClass,
  CertificateRole,
  classifyExpiry,
  DEFAULT_EXPIRY_THRESHOLDS,
  type ExpiryThresholds,
  type HealthTolerances,
} from '@meshwork/model';
import type { TrafficSnapshot } from '../../metrics/traffic-snapshot';
import type { TopologyAppender } from '../appenders/topology-appender';
import type { TopologyExpression } from '../expressions/topology-expression';
import { applyInboundTraffic, buildEdges } from './build-edges';
import { buildNodes } from './build-nodes';
import type { FleetView } from './fleet-view';
import { NodeResolver } from './node-resolver';
import { roundNumbers } from './round-numbers';
import type { TopologyGranularity, TopologyGraph, TopologyNode } from './topology-graph';
import { workloadLookup } from './workload-lookup';

export interface TopologyRequest {
  granularity: TopologyGranularity;
  clusters?: readonly string[];
  namespaces?: readonly string[];
  meshes?: readonly string[];
  health?: readonly string[];
  find?: TopologyExpression;
  hide?: TopologyExpression;
}

/**
 * The whole pipeline, pure over its inputs: nodes from the fleet, edges from the traffic snapshot,
 * the cluster/namespace/mesh filter (keeping the neighbours that traffic connects to), the appenders
 * in order, then the health filter.
 */
export function computeTopology(
  fleet: FleetView,
  snapshot: TrafficSnapshot,
  request: TopologyRequest,
  appenders: readonly TopologyAppender[],
  tolerances: HealthTolerances,
  expiry: ExpiryThresholds = DEFAULT_EXPIRY_THRESHOLDS,
): TopologyGraph {
  const nodes = buildNodes(fleet, request.granularity);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const resolver = new NodeResolver(fleet, request.granularity, byId);
  const edges = buildEdges(snapshot.edges, resolver);
  for (const [id, node] of resolver.extraNodes) byId.set(id, node);
  const all = [...byId.values()];
  applyInboundTraffic(all, edges);

  const wanted = (n: TopologyNode) =>
    (!request.clusters?.length || request.clusters.includes(n.cluster)) &&
    (!request.namespaces?.length || request.namespaces.includes(n.namespace)) &&
    (!request.meshes?.length || (n.mesh !== undefined && request.meshes.includes(n.mesh)));
  const kept = new Set(all.filter(wanted).map((n) => n.id));
  const keptEdges = edges.filter((e) => kept.has(e.source) || kept.has(e.target));
  for (const e of keptEdges) {
    kept.add(e.source);
    kept.add(e.target);
  }
  const graph: TopologyGraph = {
    nodes: all.filter((n) => kept.has(n.id)),
    edges: keptEdges,
    window: snapshot.windowSeconds,
    generatedAt: new Date(),
    metricsAvailable: snapshot.available,
    metricsSource: snapshot.source,
    metricsError: snapshot.error,
  };
  const context = {
    tolerances,
    workloadsOf: workloadLookup(fleet),
    meshesWithCertificateAlert: meshesWithCertificateAlert(fleet, expiry, new Date()),
    find: request.find,
    hide: request.hide,
  };
  for (const appender of appenders) appender.append(graph, context);
  roundNumbers(graph);
  if (request.health?.length) {
    graph.nodes = graph.nodes.filter((n) => request.health!.includes(n.health));
    const left = new Set(graph.nodes.map((n) => n.id));
    graph.edges = graph.edges.filter((e) => left.has(e.source) && left.has(e.target));
  }
  return graph;
}

const CHAIN_ROLES = new Set<CertificateRole>([
  CertificateRole.ROOT,
  CertificateRole.INTERMEDIATE,
  CertificateRole.ISSUER,
]);
const ALERT_CLASSES = new Set<CertificateExpiryClass>([
  CertificateExpiryClass.CRITICAL,
  CertificateExpiryClass.EXPIRED,
]);

function meshesWithCertificateAlert(
  fleet: FleetView,
  expiry: ExpiryThresholds,
  now: Date,
): Set<string> {
  const meshes = new Set<string>();
  for (const certificate of fleet.certificates()) {
    if (
      CHAIN_ROLES.has(certificate.role) &&
      ALERT_CLASSES.has(classifyExpiry(certificate.notAfter, now, expiry))
    ) {
      meshes.add(certificate.mesh);
    }
  }
  return meshes;
}
