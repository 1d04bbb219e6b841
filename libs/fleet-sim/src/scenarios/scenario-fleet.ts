import { type KubeObject, type VirtualClusterSpec } from '../kube-object';
import { createCaMaterial, type CaMaterial } from './ca-material';
import { FLEET_CLUSTERS, type FleetClusterName } from './fleet-clusters';
import { stampLinkerdTrust } from './linkerd-trust-stamp';
import { readScenario } from './scenario-files';

/** One cluster of the demo fleet; also a VirtualClusterSpec, so the list goes to FleetSim.start as is. */
export interface ScenarioCluster extends VirtualClusterSpec {
  cluster: FleetClusterName;
  kubernetesVersion: string;
  objects: KubeObject[];
}

/**
 * The demo fleet (east, west, north, south, central): each scenario's CRDs and objects plus CA material
 * generated now, with Linkerd's trust-root digests stamped. `FleetSim.start({ clusters: await
 * scenarioFleet() })` starts it; `applyScenario` loads one cluster into a real API server.
 */
export async function scenarioFleet(opts: { now?: Date } = {}): Promise<ScenarioCluster[]> {
  const ca = await createCaMaterial(opts);
  return FLEET_CLUSTERS.map(({ cluster, scenario, kubernetesVersion }) => ({
    cluster,
    name: cluster,
    kubernetesVersion,
    objects: withCaMaterial(cluster, readScenario(scenario), ca),
  }));
}

function withCaMaterial(
  cluster: FleetClusterName,
  objects: KubeObject[],
  ca: CaMaterial,
): KubeObject[] {
  const namespaces = [
    'default',
    ...objects.filter((o) => o.kind === 'Namespace').map((o) => o.metadata.name),
  ];
  const material = ca.objectsFor(cluster, [...new Set(namespaces)]);
  const all = [...objects, ...material];
  if (cluster !== 'north') return all;
  const pem = (role: string) =>
    ca.certificates.find((c) => c.cluster === 'north' && c.role === role)?.certPem ?? '';
  return stampLinkerdTrust(all, pem('linkerd-trust-anchor'), pem('linkerd-issuer'));
}
