export { FleetSim, type FleetSimOptions } from './fleet/fleet-sim';
export { type SimCluster } from './fleet/sim-cluster';
export { type KubeObject, type KubeObjectMeta, type VirtualClusterSpec } from './kube-object';
export { ObjectStore } from './store/object-store';
export { loadScenarioObjects } from './scenario/load-scenario-objects';
export { KubeStatusError, type KubeStatus } from './api/status-error';
export * from './scenarios';
export * from './traffic';
