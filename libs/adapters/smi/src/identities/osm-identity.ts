import { IdentityScheme, type MeshIdentity } from '@meshwork/model';

/** OSM's default trust domain; released versions (v1.2) have no setting to change it. */
export const OSM_DEFAULT_TRUST_DOMAIN = 'cluster.local';

/**
 * The identity OSM gives a ServiceAccount: `<sa>.<namespace>.<trust domain>`, used as the certificate
 * common name and in its SMI policy translation [OSM pkg/identity/types.go]. (OSM main can issue
 * SPIFFE URIs instead, an unreleased option this adapter does not read.)
 */
export function osmIdentityValue(
  namespace: string,
  serviceAccount: string,
  trustDomain: string,
): string {
  return `${serviceAccount}.${namespace}.${trustDomain}`;
}

export function osmIdentity(
  meshId: string,
  namespace: string,
  serviceAccount: string,
  trustDomain: string,
): MeshIdentity {
  return {
    scheme: IdentityScheme.OSM,
    value: osmIdentityValue(namespace, serviceAccount, trustDomain),
    trustDomain,
    namespace,
    serviceAccount,
    mesh: meshId,
  };
}
