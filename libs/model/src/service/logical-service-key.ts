/**
 * Key shared by one logical service across clusters. Istio and Consul treat `<namespace>/<name>` as the
 * same service everywhere ("namespace sameness"); adapters pass the *original* name for mirrors (Linkerd
 * `web-east` → `web`) so the mirror and its origin share a key.
 */
export function logicalServiceKey(namespace: string, name: string): string {
  return `${namespace}/${name}`;
}
