import { IdentityScheme, type MeshIdentity } from '@meshwork/model';

/** `spiffe://<trust domain>/ns/<namespace>/sa/<service account>`, Istio's workload identity. */
export function istioIdentity(
  meshId: string,
  trustDomain: string,
  namespace: string,
  serviceAccount: string,
): MeshIdentity {
  return {
    scheme: IdentityScheme.SPIFFE,
    value: `spiffe://${trustDomain}/ns/${namespace}/sa/${serviceAccount}`,
    trustDomain,
    namespace,
    serviceAccount,
    mesh: meshId,
  };
}
