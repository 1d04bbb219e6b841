import { type CapabilityTable, PolicyEffectType } from '@meshwork/model';

/**
 * What Consul config entries (consul.hashicorp.com/v1alpha1) can express. The reasons are shown to
 * users as written.
 */
export const CONSUL_CAPABILITIES: CapabilityTable = {
  [PolicyEffectType.TRAFFIC_SPLIT]: {
    supported: true,
    via: 'ServiceSplitter spec.splits[].weight over ServiceResolver subsets',
    notes: 'weights are percentages that must add up to 100',
  },
  [PolicyEffectType.TIMEOUT]: {
    supported: true,
    via: 'ServiceRouter spec.routes[].destination.requestTimeout (or ServiceResolver requestTimeout)',
  },
  [PolicyEffectType.RETRY]: {
    supported: true,
    via: 'ServiceRouter spec.routes[].destination.numRetries, retryOn, retryOnStatusCodes, retryOnConnectFailure',
    notes: 'no per-try timeout',
  },
  [PolicyEffectType.FAULT_INJECTION]: {
    supported: false,
    reason:
      'Consul has no fault-injection setting: no config entry (ServiceRouter, ServiceSplitter, ServiceResolver, ServiceDefaults) can delay or abort requests; it would need a hand-written Envoy extension.',
  },
  [PolicyEffectType.MIRROR]: {
    supported: false,
    reason:
      'Consul cannot mirror traffic: ServiceRouter and ServiceSplitter send each request to exactly one destination, and no config entry copies requests to a second service.',
  },
  [PolicyEffectType.CIRCUIT_BREAKER]: {
    supported: true,
    via: 'ServiceDefaults spec.upstreamConfig limits + passiveHealthCheck',
    notes:
      'set on the calling service, for its upstreams; no max retries or max requests per connection',
  },
  [PolicyEffectType.MTLS_MODE]: {
    supported: true,
    via: 'ServiceDefaults / ProxyDefaults spec.mutualTLSMode',
    notes:
      'proxy-to-proxy traffic is always mTLS; permissive needs transparent proxy and Mesh allowEnablingPermissiveMutualTLS; DISABLE is not possible',
  },
  [PolicyEffectType.ACCESS]: {
    supported: true,
    via: 'ServiceIntentions spec.sources[].action and permissions[]',
    notes: 'sources are Consul service names (identities), not namespaces, in Consul CE',
  },
};
