import type { KubeObject } from '@meshwork/adapters-core';

/** Data keys that hold private keys in the Secrets meshes use (Istio cacerts, Linkerd issuer, TLS Secrets...). */
const PRIVATE_KEY_FIELD =
  /(^|[-_.])key([-_.]|$)|private|\.pem\.key$|^ca-key|^tls\.key$|^key\.pem$/i;
const PRIVATE_KEY_BLOCK = /-----BEGIN [A-Z ]*PRIVATE KEY-----/;

/**
 * The boundary where Secrets enter the hub: every field that holds or may hold a private key is dropped
 * here, before anything is cached, logged or handed to an adapter. Values are kept only when they are
 * certificates (no private key block once decoded).
 */
export function sanitizeSecret(secret: KubeObject): KubeObject {
  const data = (secret as { data?: Record<string, string> }).data ?? {};
  const kept: Record<string, string> = {};
  for (const [field, value] of Object.entries(data)) {
    if (PRIVATE_KEY_FIELD.test(field)) continue;
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    if (PRIVATE_KEY_BLOCK.test(decoded)) continue;
    kept[field] = value;
  }
  const { metadata } = secret;
  const annotations = { ...(metadata.annotations ?? {}) };
  // kubectl keeps the whole previous object, keys included, in this annotation.
  delete annotations['kubectl.kubernetes.io/last-applied-configuration'];
  return {
    apiVersion: secret.apiVersion,
    kind: secret.kind,
    metadata: { ...metadata, annotations, managedFields: undefined },
    type: (secret as { type?: string }).type,
    data: kept,
  } as KubeObject;
}
