/** Labels, annotations and container names consul-k8s writes (control-plane/connect-inject/constants). */
export const ConsulLabels = {
  /** Helm chart labels on every control-plane object. */
  chart: 'consul-helm',
  componentServer: 'server',
  componentInjector: 'connect-injector',
  componentMeshGateway: 'mesh-gateway',
  /** Annotation and label set by the webhook on every injected pod. */
  injectStatus: 'consul.hashicorp.com/connect-inject-status',
  injected: 'injected',
  /** Opt-in/out switch on a pod (template). */
  inject: 'consul.hashicorp.com/connect-inject',
  /** Overrides the Consul service name; comma-separated for multi-port pods. */
  connectService: 'consul.hashicorp.com/connect-service',
  /** A Kubernetes Service with this label set to true is not registered in Consul. */
  serviceIgnore: 'consul.hashicorp.com/service-ignore',
} as const;

/** consul-k8s >= 1.0 injects consul-dataplane; 0.x injected envoy-sidecar (plus consul-sidecar). */
export const PROXY_CONTAINER_NAMES = ['consul-dataplane', 'envoy-sidecar'] as const;

/** Namespaces the webhook never injects into. */
export const NEVER_INJECTED_NAMESPACES = ['kube-system', 'kube-public'] as const;
