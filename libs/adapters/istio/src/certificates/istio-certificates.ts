import {
  CertificateCollector,
  type ClusterSnapshot,
  CoreKinds,
  chainRole,
  fixedRole,
  trustBundleRole,
} from '@meshwork/adapters-core';
import { type Certificate, CertificateRole, type ClusterError, type Mesh } from '@meshwork/model';

/** Names of the webhook configurations istiod manages, for those reached by URL (remote clusters). */
const ISTIO_WEBHOOKS = /^(istio-sidecar-injector|istio-revision-tag-|istiod-|istio-validator)/;
const SELF_SIGNED_NOTE =
  'istiod\'s self-signed CA (istio-ca-secret); not in use while the Secret "cacerts" exists';

/**
 * Istio's CA material in the control-plane namespace [II pilot/pkg/bootstrap/istio_ca.go]: the
 * plugged-in `cacerts` (root, signing CA and its chain; TLS-style keys too), else the self-signed
 * `istio-ca-secret`; the root istiod publishes as ConfigMap `istio-ca-root-cert`; and the caBundle
 * of its injector and validator webhooks. Roots come first so a root also found in a chain file keeps
 * its role.
 */
export function discoverIstioCertificates(
  snapshot: ClusterSnapshot,
  mesh: Mesh,
): { certificates: Certificate[]; errors: ClusterError[] } {
  const ns = mesh.namespace;
  const plugged = snapshot.get(CoreKinds.Secret, ns, 'cacerts') !== undefined;
  return new CertificateCollector(snapshot.cluster, mesh)
    .addSecret(snapshot, ns, 'cacerts', ['root-cert.pem', 'ca.crt'], { role: trustBundleRole })
    .addSecret(snapshot, ns, 'cacerts', ['ca-cert.pem', 'tls.crt', 'cert-chain.pem'], {
      role: chainRole(CertificateRole.INTERMEDIATE),
    })
    .addSecret(snapshot, ns, 'istio-ca-secret', ['ca-cert.pem'], {
      role: chainRole(CertificateRole.ROOT),
      ...(plugged && { note: SELF_SIGNED_NOTE }),
    })
    .addConfigMap(snapshot, ns, 'istio-ca-root-cert', ['root-cert.pem'], { role: trustBundleRole })
    .addWebhooks(snapshot, { role: fixedRole(CertificateRole.WEBHOOK) }, ISTIO_WEBHOOKS)
    .result();
}
