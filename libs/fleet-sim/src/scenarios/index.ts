export {
  applyScenario,
  ScenarioApplyError,
  type ApplyScenarioOptions,
  type ApplyScenarioResult,
} from './apply-scenario';
export {
  createCaMaterial,
  type CaMaterial,
  type CertificateRole,
  type IssuedCertificateInfo,
} from './ca-material';
export { FLEET_CA_WINDOWS, LINKERD_ISSUER_NAME } from './ca/fleet-ca';
export {
  FLEET_CLUSTERS,
  type FleetClusterName,
  type ScenarioMesh,
  type ScenarioName,
} from './fleet-clusters';
export { readScenario, readScenarioFile, SCENARIO_CRDS, SCENARIO_DIR } from './scenario-files';
export { scenarioFleet, type ScenarioCluster } from './scenario-fleet';
export { generateFleet, type GeneratedCluster, type GenerateFleetOptions } from './generate-fleet';
export { type GeneratedMesh } from './generator/mesh-flavor';
