import {
  CertificateCollector,
  type ClusterSnapshot,
  type ParsedCertificate,
  chainRole,
  fixedRole,
  trustBundleRole,
} from '@meshwork/adapters-core';
import { type Certificate, CertificateRole, type ClusterError, type Mesh } from '@meshwork/model';

export const LINKERD_TRUST_ROOTS = 'linkerd-identity-trust-roots';
export const LINKERD_ISSUER_SECRET = 'linkerd-identity-issuer';

/**
 * Linkerd names its issuer `identity.<control-plane ns>.<trust domain>` (what `linkerd install` and
 * the step recipes in its docs generate), so the issuer's CN tells which trust domain it was made for.
 */
export function linkerdIssuerTrustDomain(namespace: string) {
  const prefix = `identity.${namespace}.`;
  return (certificate: ParsedCertificate): string | undefined => {
    const cn = /(?:^|, )CN=([^,]+)/.exec(certificate.subject)?.[1];
    return cn?.startsWith(prefix) && cn.length > prefix.length
      ? cn.slice(prefix.length).toLowerCase()
      : undefined;
  };
}

/**
 * Linkerd's identity material [L5 charts/linkerd-control-plane/templates/identity.yaml]: the trust
 * anchors every proxy mounts (ConfigMap), the issuer (Secret; `crt.pem` with scheme linkerd.io/tls,
 * `tls.crt` + `ca.crt` with kubernetes.io/tls from cert-manager) and the caBundle of the webhooks its control plane serves.
 */
export function discoverLinkerdCertificates(
  snapshot: ClusterSnapshot,
  mesh: Mesh,
): { certificates: Certificate[]; errors: ClusterError[] } {
  const ns = mesh.namespace;
  return new CertificateCollector(snapshot.cluster, mesh)
    .addConfigMap(snapshot, ns, LINKERD_TRUST_ROOTS, ['ca-bundle.crt'], { role: trustBundleRole })
    .addSecret(snapshot, ns, LINKERD_ISSUER_SECRET, ['ca.crt'], { role: trustBundleRole })
    .addSecret(snapshot, ns, LINKERD_ISSUER_SECRET, ['crt.pem', 'tls.crt'], {
      role: chainRole(CertificateRole.ISSUER),
      trustDomainOf: linkerdIssuerTrustDomain(ns),
    })
    .addWebhooks(snapshot, { role: fixedRole(CertificateRole.WEBHOOK) })
    .result();
}
