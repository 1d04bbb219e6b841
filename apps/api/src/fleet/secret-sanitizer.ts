import { type KubeObject, pemBlocks } from '@meshwork/adapters-core';

/** Data keys that hold private keys in the Secrets meshes use (Istio cacerts, Linkerd issuer, TLS Secrets...). */
const PRIVATE_KEY_FIELD =
  /(^|[-_.])key([-_.]|$)|private|\.pem\.key$|^ca-key|^tls\.key$|^key\.pem$/i;

const TOKEN_LIKE = /[A-Za-z0-9+/_=.-]{32,}/;

/**
 * Whether a decoded value is public certificate material only: one or more CERTIFICATE blocks. Anything
 * else may be a credential in another shape: a kubeconfig (istioctl remote secrets, Linkerd Link
 * credentials) carries `client-key-data` and tokens base64-encoded, a peering token is opaque.
 */
function isCertificatesOnly(decoded: string): boolean {
  const blocks = pemBlocks(decoded);
  if (blocks.length === 0 || blocks.some((b) => b.label !== 'CERTIFICATE')) return false;
  // Comments and `openssl x509 -text` dumps may sit between blocks; a long token-like run may not.
  const outside = blocks.reduce((rest, block) => rest.replace(block.text, ''), decoded);
  return !TOKEN_LIKE.test(outside);
}

/**
 * The boundary where Secrets enter the hub: every field that holds or may hold a private key or another
 * credential is dropped here, before anything is cached, logged or handed to an adapter. Fields named
 * like keys are removed; other values are kept only when they are certificates, else emptied (the key
 * name stays, because adapters read names, e.g. the cluster an Istio remote secret points at).
 */
export function sanitizeSecret(secret: KubeObject): KubeObject {
  const data = (secret as { data?: Record<string, string> }).data ?? {};
  const kept: Record<string, string> = {};
  for (const [field, value] of Object.entries(data)) {
    if (PRIVATE_KEY_FIELD.test(field)) continue;
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    kept[field] = isCertificatesOnly(decoded) ? value : '';
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
