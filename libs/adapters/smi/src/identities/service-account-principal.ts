/**
 * How a ServiceAccount is named in access rules of a mesh without workload certificates (Traefik
 * Mesh matches callers by the ServiceAccount of the pod that owns the source IP). We use the
 * Kubernetes username of the account, the one unambiguous name Kubernetes itself gives it.
 */
export function serviceAccountPrincipal(namespace: string, serviceAccount: string): string {
  return `system:serviceaccount:${namespace}:${serviceAccount}`;
}
