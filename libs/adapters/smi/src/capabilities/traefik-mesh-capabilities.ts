import { type CapabilityTable, PolicyEffectType } from '@meshwork/model';

/** What Traefik Mesh (v1.4) can express natively: SMI objects plus Service annotations. */
export const TRAEFIK_MESH_CAPABILITIES: CapabilityTable = {
  [PolicyEffectType.TRAFFIC_SPLIT]: {
    supported: true,
    via: 'SMI TrafficSplit (split.smi-spec.io/v1alpha3) spec.backends[].weight',
    notes: 'splits between Services (one per version), not label subsets',
  },
  [PolicyEffectType.TIMEOUT]: {
    supported: false,
    reason:
      'Traefik Mesh has no per-service timeout; only proxy-wide forwarding timeouts set at install (Helm proxy.forwardingTimeouts)',
  },
  [PolicyEffectType.RETRY]: {
    supported: true,
    via: 'Service annotation mesh.traefik.io/retry-attempts',
    notes: 'a number of attempts on network errors only: no per-try timeout or retry conditions',
  },
  [PolicyEffectType.FAULT_INJECTION]: {
    supported: false,
    reason: 'Traefik Mesh has no fault injection (delay or abort)',
  },
  [PolicyEffectType.MIRROR]: {
    supported: false,
    reason: 'Traefik Mesh exposes no traffic mirroring through its annotations or SMI objects',
  },
  [PolicyEffectType.CIRCUIT_BREAKER]: {
    supported: true,
    via: 'Service annotation mesh.traefik.io/circuit-breaker-expression',
    notes:
      'an expression such as NetworkErrorRatio() > 0.30, not connection limits or outlier ejection',
  },
  [PolicyEffectType.MTLS_MODE]: {
    supported: false,
    reason:
      'Traefik Mesh has no mTLS: node proxies forward plain traffic unless the application itself serves HTTPS',
  },
  [PolicyEffectType.ACCESS]: {
    supported: true,
    via: 'SMI TrafficTarget (access.smi-spec.io/v1alpha2) with HTTPRouteGroup/TCPRoute (specs.smi-spec.io/v1alpha3)',
    notes:
      'enforced only when the controller runs in ACL mode (--acl); allow rules only, matched on the caller pod ServiceAccount without certificates; no UDP rules',
  },
};
