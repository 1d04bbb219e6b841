import { type KindRef, type KubeObject } from '@meshwork/adapters-core';
import { type AuthorizationPolicySpec } from './policies/authorization-policy';
import { type DestinationRuleSpec } from './policies/destination-rule';
import { type PeerAuthenticationSpec } from './policies/peer-authentication';
import { type VirtualServiceSpec } from './policies/virtual-service';

const crd = <T extends KubeObject>(group: string, resource: string, kind: string): KindRef<T> => ({
  group,
  // v1beta1 is served by every Istio release since 1.5 (and still by 1.2x alongside v1), so one
  // watch works on old and new control planes alike.
  version: 'v1beta1',
  resource,
  kind,
  namespaced: true,
  optional: true,
});

export interface GatewaySpec {
  selector?: Record<string, string>;
  servers?: {
    port?: { number?: number; name?: string; protocol?: string };
    hosts?: string[];
    tls?: { mode?: string };
  }[];
}

export const IstioKinds = {
  VirtualService: crd<KubeObject<VirtualServiceSpec>>(
    'networking.istio.io',
    'virtualservices',
    'VirtualService',
  ),
  DestinationRule: crd<KubeObject<DestinationRuleSpec>>(
    'networking.istio.io',
    'destinationrules',
    'DestinationRule',
  ),
  Gateway: crd<KubeObject<GatewaySpec>>('networking.istio.io', 'gateways', 'Gateway'),
  PeerAuthentication: crd<KubeObject<PeerAuthenticationSpec>>(
    'security.istio.io',
    'peerauthentications',
    'PeerAuthentication',
  ),
  AuthorizationPolicy: crd<KubeObject<AuthorizationPolicySpec>>(
    'security.istio.io',
    'authorizationpolicies',
    'AuthorizationPolicy',
  ),
  /** Revision tags (`istio-revision-tag-<tag>`); cluster-scoped and often not readable, so optional. */
  MutatingWebhookConfiguration: {
    group: 'admissionregistration.k8s.io',
    version: 'v1',
    resource: 'mutatingwebhookconfigurations',
    kind: 'MutatingWebhookConfiguration',
    namespaced: false,
    optional: true,
  } as KindRef,
} as const;
