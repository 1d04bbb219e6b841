/** Injection token for the ClusterTarget[] resolved at boot (kubeconfig contexts or the demo fleet). */
export const CLUSTER_TARGETS = Symbol('CLUSTER_TARGETS');
