import { type KindRef, type KubeObject } from '@meshwork/adapters-core';

export const CONSUL_GROUP = 'consul.hashicorp.com';

/** A consul-k8s CRD object; specs stay `unknown` until a reader has checked their shape. */
export type ConsulObject = KubeObject<Record<string, unknown>, Record<string, unknown>>;

const crd = (resource: string, kind: string): KindRef<ConsulObject> => ({
  group: CONSUL_GROUP,
  version: 'v1alpha1',
  resource,
  kind,
  namespaced: true,
  optional: true,
});

/** The consul-k8s CRDs the adapter reads (all `consul.hashicorp.com/v1alpha1`, all namespaced). */
export const ConsulKinds = {
  ServiceIntentions: crd('serviceintentions', 'ServiceIntentions'),
  ServiceSplitter: crd('servicesplitters', 'ServiceSplitter'),
  ServiceRouter: crd('servicerouters', 'ServiceRouter'),
  ServiceResolver: crd('serviceresolvers', 'ServiceResolver'),
  ServiceDefaults: crd('servicedefaults', 'ServiceDefaults'),
  ProxyDefaults: crd('proxydefaults', 'ProxyDefaults'),
  Mesh: crd('meshes', 'Mesh'),
  ExportedServices: crd('exportedservices', 'ExportedServices'),
  PeeringAcceptor: crd('peeringacceptors', 'PeeringAcceptor'),
  PeeringDialer: crd('peeringdialers', 'PeeringDialer'),
} as const;
