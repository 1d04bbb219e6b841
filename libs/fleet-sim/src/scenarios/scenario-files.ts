import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type KubeObject } from '../kube-object';
import { loadScenarioObjects } from '../scenario/load-scenario-objects';
import { type ScenarioName } from './fleet-clusters';

/**
 * `libs/fleet-sim/scenarios`: the YAML files, next to the package's src folder. Found through the
 * package rather than `__dirname`, which is elsewhere when the code runs compiled (dist/api/libs/...).
 */
export const SCENARIO_DIR = join(
  // Locates the package's folder for its data; no code is imported through the package name.
  // eslint-disable-next-line @nx/enforce-module-boundaries
  dirname(require.resolve('@meshwork/fleet-sim/package.json')),
  'scenarios',
);

/** The CRD files (in scenarios/crds) each scenario's custom resources need. */
export const SCENARIO_CRDS: Record<ScenarioName, readonly string[]> = {
  'istio-east': ['istio'],
  'istio-west': ['istio'],
  'linkerd-north': ['linkerd'],
  'consul-south': ['consul'],
  'osm-central': ['osm-smi'],
};

export function readScenarioFile(relativePath: string): KubeObject[] {
  const path = join(SCENARIO_DIR, relativePath);
  try {
    return loadScenarioObjects(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`scenario file ${relativePath}: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * A scenario's objects as stored: its CustomResourceDefinitions first, then the file's objects in
 * file order. No CA material (see createCaMaterial) and no load-time stamping (see scenarioFleet).
 */
export function readScenario(name: ScenarioName): KubeObject[] {
  return [
    ...SCENARIO_CRDS[name].flatMap((crds) => readScenarioFile(join('crds', `${crds}.yaml`))),
    ...readScenarioFile(`${name}.yaml`),
  ];
}
