/**
 * Names the Traefik Mesh Helm chart and controller use [TM helm/chart/mesh/templates; pkg/k8s/filter.go,
 * labels.go; cmd/mesh/config.go]. The `maesh` values date from the project's former name and are kept
 * by current charts.
 */
export const TraefikMeshConventions = {
  appLabelValue: 'maesh',
  controllerComponent: 'controller',
  proxyComponent: 'maesh-mesh',
  /** Container names: current chart first, then the Maesh-era chart. */
  controllerContainers: ['traefik-mesh-controller', 'maesh-controller'],
  proxyContainers: ['traefik-mesh-proxy', 'maesh-mesh'],
  /** Objects whose `app` label is one of these are never meshed (the controller's own filter). */
  ignoredApps: ['maesh', 'jaeger'],
  /** The controller always ignores kube-system and the `kubernetes` Service in `default`. */
  ignoredNamespace: 'kube-system',
  /** Shadow Services the controller creates in its namespace, one per meshed Service and port set. */
  partOfLabel: 'app.kubernetes.io/part-of',
  partOfValue: 'traefik-mesh',
  /** Service annotation prefixes; the controller reads the first, then the deprecated second. */
  annotationPrefixes: ['mesh.traefik.io/', 'maesh.containo.us/'],
  /** Controller `--defaultMode` default: Services without a traffic-type annotation are HTTP. */
  defaultTrafficType: 'http',
} as const;
