import { type KindRef } from '../kube/kind-ref';
import { type KubeObject } from '../kube/kube-object';

/** The part of an admission webhook the hub reads: who serves it and the CA that verifies it. */
export interface AdmissionWebhook {
  name: string;
  clientConfig?: {
    service?: { namespace?: string; name?: string; path?: string; port?: number };
    url?: string;
    /** Base64 PEM bundle. */
    caBundle?: string;
  };
}

export interface WebhookConfiguration extends KubeObject {
  webhooks?: AdmissionWebhook[];
}

const webhookKind = (resource: string, kind: string): KindRef<WebhookConfiguration> => ({
  group: 'admissionregistration.k8s.io',
  version: 'v1',
  resource,
  kind,
  namespaced: false,
  // Cluster-scoped and often not readable by a namespaced reader: missing is normal.
  optional: true,
});

/** Kinds adapters watch to find the certificates their meshes depend on, beyond Secrets and ConfigMaps. */
export const CertificateKinds = {
  MutatingWebhookConfiguration: webhookKind(
    'mutatingwebhookconfigurations',
    'MutatingWebhookConfiguration',
  ),
  ValidatingWebhookConfiguration: webhookKind(
    'validatingwebhookconfigurations',
    'ValidatingWebhookConfiguration',
  ),
} as const;
