/** Names OSM's Helm chart, CLI and injector use [OSM pkg/constants/constants.go; charts/osm/templates]. */
export const OsmConventions = {
  /** `app` label values of the control-plane Deployments; the controller is the main one. */
  controllerApp: 'osm-controller',
  componentApps: ['osm-controller', 'osm-injector', 'osm-bootstrap'],
  /** Deployment label naming the mesh (`--mesh-name`, default `osm`). */
  meshNameLabel: 'meshName',
  defaultMeshName: 'osm',
  nameLabel: 'app.kubernetes.io/name',
  nameLabelValue: 'openservicemesh.io',
  instanceLabel: 'app.kubernetes.io/instance',
  versionLabel: 'app.kubernetes.io/version',
  /** Namespace label `osm namespace add` sets to the mesh name: the namespace is in that mesh. */
  monitoredByLabel: 'openservicemesh.io/monitored-by',
  /** Label the injector puts on every pod it adds a sidecar to. */
  proxyUuidLabel: 'osm-proxy-uuid',
  proxyContainer: 'envoy',
  initContainer: 'osm-init',
  meshConfigName: 'osm-mesh-config',
} as const;
