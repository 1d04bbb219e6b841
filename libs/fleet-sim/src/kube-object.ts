/** A Kubernetes object as JSON: the fields every kind shares, anything else left open. */
export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: KubeObjectMeta;
  [field: string]: unknown;
}

export interface KubeObjectMeta {
  name: string;
  namespace?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  [field: string]: unknown;
}

/** One simulated cluster: its name, the version it reports, and the objects it starts with. */
export interface VirtualClusterSpec {
  name: string;
  /** Reported by /version; default 'v1.34.1'. */
  kubernetesVersion?: string;
  objects?: KubeObject[];
}

export type JsonObject = { [key: string]: unknown };

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
