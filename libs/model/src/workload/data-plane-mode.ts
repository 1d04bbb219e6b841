export enum DataPlaneMode {
  /** Proxy container next to the app (Istio istio-proxy, linkerd-proxy, consul-dataplane, envoy). */
  SIDECAR = 'SIDECAR',
  /** Proxy as a Kubernetes native sidecar (an `initContainers` entry with `restartPolicy: Always`). */
  NATIVE_SIDECAR = 'NATIVE_SIDECAR',
  /** Istio ambient: traffic captured by the node's ztunnel, no proxy in the pod. */
  AMBIENT = 'AMBIENT',
  /** Node-local proxies the client opts into per call (Traefik Mesh). */
  NODE_PROXY = 'NODE_PROXY',
  /** Not in the data plane (e.g. injection enabled but the pod was never restarted). */
  NONE = 'NONE',
}
