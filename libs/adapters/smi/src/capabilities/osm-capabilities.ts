import { type CapabilityTable, PolicyEffectType } from '@meshwork/model';

/** What OSM (v1.2, the last release line) can express natively. */
export const OSM_CAPABILITIES: CapabilityTable = {
  [PolicyEffectType.TRAFFIC_SPLIT]: {
    supported: true,
    via: 'SMI TrafficSplit (split.smi-spec.io/v1alpha2) spec.backends[].weight',
    notes: 'splits between Services (one per version), not label subsets',
  },
  [PolicyEffectType.TIMEOUT]: {
    supported: false,
    reason:
      'OSM has no request timeout; only a TCP connect timeout (UpstreamTrafficSetting) and a per-attempt timeout inside a Retry policy',
  },
  [PolicyEffectType.RETRY]: {
    supported: true,
    via: 'Retry (policy.openservicemesh.io/v1alpha1) spec.retryPolicy numRetries, perTryTimeout, retryOn',
    notes:
      'needs MeshConfig spec.featureFlags.enableRetryPolicy; each Retry applies to one source ServiceAccount',
  },
  [PolicyEffectType.FAULT_INJECTION]: {
    supported: false,
    reason: 'OSM has no fault injection (delay or abort) API',
  },
  [PolicyEffectType.MIRROR]: {
    supported: false,
    reason: 'OSM has no traffic mirroring API',
  },
  [PolicyEffectType.CIRCUIT_BREAKER]: {
    supported: true,
    via: 'UpstreamTrafficSetting (policy.openservicemesh.io/v1alpha1) spec.connectionSettings',
    notes:
      'connection and request limits only: OSM has no outlier detection (ejecting failing hosts)',
  },
  [PolicyEffectType.MTLS_MODE]: {
    supported: false,
    reason:
      'OSM always uses mTLS between sidecars (STRICT) and has no setting to relax it; only IngressBackend admits traffic from an ingress outside the mesh',
  },
  [PolicyEffectType.ACCESS]: {
    supported: true,
    via: 'SMI TrafficTarget (access.smi-spec.io/v1alpha3) with HTTPRouteGroup/TCPRoute (specs.smi-spec.io/v1alpha4)',
    notes:
      'allow rules only, between ServiceAccounts; enforced only when MeshConfig spec.traffic.enablePermissiveTrafficPolicyMode is false',
  },
};
