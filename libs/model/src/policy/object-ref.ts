/** Points at one Kubernetes object in one cluster. */
export interface ObjectRef {
  cluster: string;
  /** API group; empty for the core group. */
  group: string;
  version?: string;
  kind: string;
  /** Empty for cluster-scoped objects. */
  namespace: string;
  name: string;
  uid?: string;
}
