/** What a native policy applies to; meshes differ, so this is a small union. */
export type PolicyTarget =
  | { type: 'SERVICE'; service: string }
  /** Pods matching labels (Istio `selector`); namespace absent = every namespace. */
  | { type: 'WORKLOAD_SELECTOR'; namespace?: string; labels: Record<string, string> }
  | { type: 'NAMESPACE'; namespace: string }
  /** Mesh-wide (Istio policy in the root namespace, Consul ProxyDefaults/Mesh). */
  | { type: 'MESH' }
  /** A host the policy names that matches no known Service (external host, another cluster). */
  | { type: 'HOST'; host: string };
