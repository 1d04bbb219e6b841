/**
 * Label, annotation, container and object names Linkerd writes (linkerd2 pkg/k8s/labels.go, the
 * control-plane and multicluster charts, policy-controller annotation parsers).
 */
export const LinkerdNames = {
  proxyContainer: 'linkerd-proxy',
  controlPlaneComponentLabel: 'linkerd.io/control-plane-component',
  controlPlaneNamespaceLabel: 'linkerd.io/control-plane-ns',
  isControlPlaneLabel: 'linkerd.io/is-control-plane',
  extensionLabel: 'linkerd.io/extension',
  createdByAnnotation: 'linkerd.io/created-by',
  proxyVersionAnnotation: 'linkerd.io/proxy-version',
  identityModeAnnotation: 'linkerd.io/identity-mode',
  injectAnnotation: 'linkerd.io/inject',
  proxyVersionOverrideAnnotation: 'config.linkerd.io/proxy-version',
  defaultInboundPolicyAnnotation: 'config.linkerd.io/default-inbound-policy',
  /** The alpha key was renamed to beta in 2.19 and GA later; all three are honoured. */
  nativeSidecarAnnotations: [
    'config.alpha.linkerd.io/proxy-enable-native-sidecar',
    'config.beta.linkerd.io/proxy-enable-native-sidecar',
    'config.linkerd.io/proxy-enable-native-sidecar',
  ],
  configMap: 'linkerd-config',
  versionLabel: 'app.kubernetes.io/version',
  podVersionLabel: 'version',
  defaultTrustDomain: 'cluster.local',
  defaultNamespace: 'linkerd',
} as const;

/** Proxy environment variables the injector writes; they carry the identity the proxy will claim. */
export const ProxyEnv = {
  localIdentity: 'LINKERD2_PROXY_IDENTITY_LOCAL_NAME',
  controlPlaneNamespace: '_l5d_ns',
  trustDomain: '_l5d_trustdomain',
} as const;

/** Client-side policy annotations read by the policy controller from Services and routes. */
export const PolicyAnnotations = {
  timeoutRequest: 'timeout.linkerd.io/request',
  timeoutResponse: 'timeout.linkerd.io/response',
  timeoutIdle: 'timeout.linkerd.io/idle',
  retryHttp: 'retry.linkerd.io/http',
  retryGrpc: 'retry.linkerd.io/grpc',
  retryLimit: 'retry.linkerd.io/limit',
  retryTimeout: 'retry.linkerd.io/timeout',
  failureAccrual: 'balancer.linkerd.io/failure-accrual',
  maxFailures: 'balancer.linkerd.io/failure-accrual-consecutive-max-failures',
  minPenalty: 'balancer.linkerd.io/failure-accrual-consecutive-min-penalty',
  maxPenalty: 'balancer.linkerd.io/failure-accrual-consecutive-max-penalty',
  jitterRatio: 'balancer.linkerd.io/failure-accrual-consecutive-jitter-ratio',
} as const;

/** Service-mirror (multicluster extension) labels and annotations. */
export const MirrorNames = {
  mirroredServiceLabel: 'mirror.linkerd.io/mirrored-service',
  mirroredGatewayLabel: 'mirror.linkerd.io/mirrored-gateway',
  clusterNameLabel: 'mirror.linkerd.io/cluster-name',
  remoteFqNameAnnotation: 'mirror.linkerd.io/remote-svc-fq-name',
  remoteGatewayIdentityAnnotation: 'mirror.linkerd.io/remote-gateway-identity',
  /** Remote-discovery (flat network) mirrors: the target cluster and the remote Service name. */
  remoteDiscoveryLabel: 'multicluster.linkerd.io/remote-discovery',
  remoteServiceLabel: 'multicluster.linkerd.io/remote-service',
  /** Federated Services: `<svc>@<cluster>,...` members elsewhere and the local member. */
  remoteDiscoveryAnnotation: 'multicluster.linkerd.io/remote-discovery',
  localDiscoveryAnnotation: 'multicluster.linkerd.io/local-discovery',
} as const;
