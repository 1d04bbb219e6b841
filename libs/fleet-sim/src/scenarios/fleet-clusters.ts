/** The five clusters of the demo fleet, the scenario file each one loads and the mesh it runs. */
export const FLEET_CLUSTERS = [
  { cluster: 'east', scenario: 'istio-east', mesh: 'istio', kubernetesVersion: 'v1.34.1' },
  { cluster: 'west', scenario: 'istio-west', mesh: 'istio', kubernetesVersion: 'v1.34.1' },
  { cluster: 'north', scenario: 'linkerd-north', mesh: 'linkerd', kubernetesVersion: 'v1.33.4' },
  { cluster: 'south', scenario: 'consul-south', mesh: 'consul', kubernetesVersion: 'v1.35.0' },
  { cluster: 'central', scenario: 'osm-central', mesh: 'osm', kubernetesVersion: 'v1.32.6' },
] as const;

export type FleetClusterName = (typeof FLEET_CLUSTERS)[number]['cluster'];
export type ScenarioName = (typeof FLEET_CLUSTERS)[number]['scenario'];
export type ScenarioMesh = (typeof FLEET_CLUSTERS)[number]['mesh'];
