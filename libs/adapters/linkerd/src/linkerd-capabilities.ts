import { type CapabilityTable, PolicyEffectType } from '@meshwork/model';

/** What Linkerd 2.x can express natively, and why not where it cannot (the reason is user-facing). */
export const LINKERD_CAPABILITIES: CapabilityTable = {
  [PolicyEffectType.TRAFFIC_SPLIT]: {
    supported: true,
    via: 'HTTPRoute (policy.linkerd.io or gateway.networking.k8s.io) rules[].backendRefs[].weight',
    notes:
      'Weights are relative integers. SMI TrafficSplit works only with the linkerd-smi extension.',
  },
  [PolicyEffectType.TIMEOUT]: {
    supported: true,
    via: 'HTTPRoute rules[].timeouts.request, or annotation timeout.linkerd.io/request on the Service or route',
    notes: 'A ServiceProfile for the same Service takes priority over routes and annotations.',
  },
  [PolicyEffectType.RETRY]: {
    supported: true,
    via: 'annotations retry.linkerd.io/http (or /grpc), retry.linkerd.io/limit, retry.linkerd.io/timeout on the Service or route',
    notes:
      'Retry conditions are status codes or ranges (5xx, gateway-error, 500-504); requests with bodies over 64 KiB are not retried.',
  },
  [PolicyEffectType.FAULT_INJECTION]: {
    supported: false,
    reason:
      'Linkerd has no fault-injection resource. To test failures, split a share of traffic to a backend that returns errors.',
  },
  [PolicyEffectType.MIRROR]: {
    supported: false,
    reason:
      'Linkerd cannot mirror traffic: its policy controller rejects the Gateway API RequestMirror filter, and no other Linkerd resource copies requests.',
  },
  [PolicyEffectType.CIRCUIT_BREAKER]: {
    supported: true,
    via: 'Service annotations balancer.linkerd.io/failure-accrual=consecutive and -consecutive-max-failures, -min-penalty, -max-penalty, -jitter-ratio',
    notes:
      'Only consecutive-failure ejection of endpoints; connection and request limits cannot be set.',
  },
  [PolicyEffectType.MTLS_MODE]: {
    supported: true,
    via: 'annotation config.linkerd.io/default-inbound-policy (all-authenticated for STRICT, all-unauthenticated for PERMISSIVE), or Server accessPolicy per port',
    notes: 'Traffic between meshed pods is always mTLS; DISABLE cannot be expressed.',
  },
  [PolicyEffectType.ACCESS]: {
    supported: true,
    via: 'Server + AuthorizationPolicy + MeshTLSAuthentication (identities, ServiceAccounts, namespaces) or NetworkAuthentication',
    notes:
      'Allow-lists only: a DENY rule cannot be written, access is denied by a Server that no policy authorizes.',
  },
};
