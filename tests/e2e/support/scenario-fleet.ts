import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FleetSim, type KubeObject, loadScenarioObjects } from '@meshwork/fleet-sim';

const scenariosDir = join(__dirname, '..', '..', '..', 'libs', 'fleet-sim', 'scenarios');
const crdFiles = ['istio', 'linkerd', 'consul', 'osm-smi'];

/** The demo fleet's clusters and the scenario file each one loads. */
export const scenarioClusters = [
  { name: 'east', scenario: 'istio-east' },
  { name: 'west', scenario: 'istio-west' },
  { name: 'north', scenario: 'linkerd-north' },
  { name: 'south', scenario: 'consul-south' },
  { name: 'central', scenario: 'osm-central' },
] as const;

function readObjects(path: string): KubeObject[] {
  return loadScenarioObjects(readFileSync(path, 'utf8'));
}

/**
 * The scenario files as they are on disk, each in its own simulated cluster with every mesh's CRDs,
 * so browser tests see the scenario's services whether or not the hub's demo mode loads them.
 */
export async function startScenarioFleet(
  clusters: ReadonlyArray<{ name: string; scenario: string }> = scenarioClusters,
): Promise<FleetSim> {
  const crds = crdFiles.flatMap((name) => readObjects(join(scenariosDir, 'crds', `${name}.yaml`)));
  return FleetSim.start({
    clusters: clusters.map(({ name, scenario }) => ({
      name,
      objects: [...crds, ...readObjects(join(scenariosDir, `${scenario}.yaml`))],
    })),
  });
}
