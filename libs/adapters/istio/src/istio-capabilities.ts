import { type CapabilityTable, PolicyEffectType } from '@meshwork/model';

/** Istio expresses every effect of the model natively. */
export const ISTIO_CAPABILITIES: CapabilityTable = {
  [PolicyEffectType.TRAFFIC_SPLIT]: {
    supported: true,
    via: 'VirtualService http[].route[].weight + DestinationRule subsets',
  },
  [PolicyEffectType.TIMEOUT]: { supported: true, via: 'VirtualService http[].timeout' },
  [PolicyEffectType.RETRY]: { supported: true, via: 'VirtualService http[].retries' },
  [PolicyEffectType.FAULT_INJECTION]: { supported: true, via: 'VirtualService http[].fault' },
  [PolicyEffectType.MIRROR]: { supported: true, via: 'VirtualService http[].mirrors' },
  [PolicyEffectType.CIRCUIT_BREAKER]: {
    supported: true,
    via: 'DestinationRule trafficPolicy.connectionPool + outlierDetection',
  },
  [PolicyEffectType.MTLS_MODE]: {
    supported: true,
    via: 'PeerAuthentication mtls.mode (server); DestinationRule tls.mode (client)',
  },
  [PolicyEffectType.ACCESS]: {
    supported: true,
    via: 'AuthorizationPolicy ALLOW/DENY with principals, namespaces, ports, paths, methods',
    notes: 'in ambient mode, L7 fields (paths, methods) need a waypoint proxy',
  },
};
