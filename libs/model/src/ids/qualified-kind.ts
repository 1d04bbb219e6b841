/** Built-in API groups whose kinds are unambiguous on their own (Service, Deployment, Job...). */
const BUILT_IN_GROUPS = new Set(['', 'core', 'apps', 'batch']);

/**
 * The kind segment used in ids. CRD kinds are qualified with their group because different meshes reuse
 * kind names in one namespace (Istio and Linkerd both have `AuthorizationPolicy`).
 */
export function qualifiedKind(kind: string, group: string): string {
  return BUILT_IN_GROUPS.has(group) ? kind : `${kind}.${group}`;
}
