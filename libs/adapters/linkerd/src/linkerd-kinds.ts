import { type KindRef, type KubeObject, type LabelSelector } from '@meshwork/adapters-core';

const crd = <T extends KubeObject>(
  group: string,
  version: string,
  resource: string,
  kind: string,
): KindRef<T> => ({ group, version, resource, kind, namespaced: true, optional: true });

/** A Gateway-API style reference (`parentRefs`, `targetRef`, `requiredAuthenticationRefs`). */
export interface ObjectReference {
  group?: string;
  kind?: string;
  name?: string;
  namespace?: string;
  port?: number;
  sectionName?: string;
}

export interface HttpRouteMatchSpec {
  path?: { type?: string; value?: string };
  method?: string;
  headers?: { type?: string; name?: string; value?: string }[];
  queryParams?: unknown[];
}

export interface HttpRouteRuleSpec {
  name?: string;
  matches?: HttpRouteMatchSpec[];
  filters?: { type?: string }[];
  backendRefs?: (ObjectReference & { weight?: number; filters?: unknown[] })[];
  timeouts?: { request?: string; backendRequest?: string };
}

export interface HttpRouteSpec {
  parentRefs?: ObjectReference[];
  hostnames?: string[];
  rules?: HttpRouteRuleSpec[];
}

export interface ServiceProfileRouteSpec {
  name?: string;
  condition?: { method?: string; pathRegex?: string; all?: unknown; any?: unknown; not?: unknown };
  responseClasses?: {
    condition?: { status?: { min?: number; max?: number } };
    isFailure?: boolean;
  }[];
  isRetryable?: boolean;
  timeout?: string;
}

export interface ServiceProfileSpec {
  routes?: ServiceProfileRouteSpec[];
  retryBudget?: { retryRatio?: number; minRetriesPerSecond?: number; ttl?: string };
  dstOverrides?: { authority?: string; weight?: number | string }[];
  opaquePorts?: number[];
}

export interface ServerSpec {
  podSelector?: LabelSelector;
  externalWorkloadSelector?: LabelSelector;
  port?: number | string;
  proxyProtocol?: string;
  /** v1beta3: what the Server allows when no authorization matches (default `deny`). */
  accessPolicy?: string;
}

export interface ServerAuthorizationSpec {
  server?: { name?: string; selector?: LabelSelector };
  client?: {
    networks?: { cidr?: string; except?: string[] }[];
    unauthenticated?: boolean;
    meshTLS?: {
      unauthenticatedTLS?: boolean;
      identities?: string[];
      serviceAccounts?: { name?: string; namespace?: string }[];
    };
  };
}

export interface AuthorizationPolicySpec {
  targetRef?: ObjectReference;
  requiredAuthenticationRefs?: ObjectReference[];
}

export interface MeshTlsAuthenticationSpec {
  identities?: string[];
  identityRefs?: ObjectReference[];
}

export interface NetworkAuthenticationSpec {
  networks?: { cidr?: string; except?: string[] }[];
}

export interface LinkSpec {
  targetClusterName?: string;
  targetClusterDomain?: string;
  targetClusterLinkerdNamespace?: string;
  clusterCredentialsSecret?: string;
  gatewayAddress?: string;
  /** A string in v1alpha1/v1alpha2 (`"4143"`); tolerated as a number too. */
  gatewayPort?: string | number;
  gatewayIdentity?: string;
  probeSpec?: { path?: string; port?: string | number; period?: string };
  selector?: LabelSelector;
  remoteDiscoverySelector?: LabelSelector;
  federatedServiceSelector?: LabelSelector;
}

export interface TrafficSplitSpec {
  service?: string;
  backends?: { service?: string; weight?: number | string }[];
}

/**
 * Linkerd's CRDs. Versions: the storage version where a newer version added a field we read (Server
 * v1beta3 `accessPolicy`, HTTPRoute v1beta3 `timeouts`); the oldest still-served version where all
 * fields we read exist in it (Link v1alpha1, Gateway API HTTPRoute v1beta1), so older releases work.
 */
export const LinkerdKinds = {
  ServiceProfile: crd<KubeObject<ServiceProfileSpec>>(
    'linkerd.io',
    'v1alpha2',
    'serviceprofiles',
    'ServiceProfile',
  ),
  Server: crd<KubeObject<ServerSpec>>('policy.linkerd.io', 'v1beta3', 'servers', 'Server'),
  ServerAuthorization: crd<KubeObject<ServerAuthorizationSpec>>(
    'policy.linkerd.io',
    'v1beta1',
    'serverauthorizations',
    'ServerAuthorization',
  ),
  AuthorizationPolicy: crd<KubeObject<AuthorizationPolicySpec>>(
    'policy.linkerd.io',
    'v1alpha1',
    'authorizationpolicies',
    'AuthorizationPolicy',
  ),
  MeshTLSAuthentication: crd<KubeObject<MeshTlsAuthenticationSpec>>(
    'policy.linkerd.io',
    'v1alpha1',
    'meshtlsauthentications',
    'MeshTLSAuthentication',
  ),
  NetworkAuthentication: crd<KubeObject<NetworkAuthenticationSpec>>(
    'policy.linkerd.io',
    'v1alpha1',
    'networkauthentications',
    'NetworkAuthentication',
  ),
  HTTPRoute: crd<KubeObject<HttpRouteSpec>>(
    'policy.linkerd.io',
    'v1beta3',
    'httproutes',
    'HTTPRoute',
  ),
  GatewayHTTPRoute: crd<KubeObject<HttpRouteSpec>>(
    'gateway.networking.k8s.io',
    'v1beta1',
    'httproutes',
    'HTTPRoute',
  ),
  Link: crd<KubeObject<LinkSpec>>('multicluster.linkerd.io', 'v1alpha1', 'links', 'Link'),
  /** Read only when the linkerd-smi extension is installed (SMI support left the core in 2.12). */
  TrafficSplit: crd<KubeObject<TrafficSplitSpec>>(
    'split.smi-spec.io',
    'v1alpha2',
    'trafficsplits',
    'TrafficSplit',
  ),
} as const;
