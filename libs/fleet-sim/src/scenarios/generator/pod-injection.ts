import { type JsonObject } from '../../kube-object';

export interface PodTemplate {
  labels: Record<string, string>;
  annotations?: Record<string, string>;
  spec: JsonObject & { serviceAccountName: string; containers: JsonObject[] };
}

/** A pod as the injector sees it: the template's labels, annotations and spec, before any pod exists. */
export interface InjectablePod {
  metadata: {
    namespace: string;
    labels: Record<string, string>;
    annotations: Record<string, string>;
  };
  spec: PodTemplate['spec'];
}

/**
 * What a mesh's injection webhook does to the pods of one workload; applied once per workload, since
 * it gives every pod of it the same containers.
 */
export type PodInjector = (
  pod: InjectablePod,
  owner: { kind: string; name: string; namespace: string },
) => void;

/** Labels the webhook makes unique per pod (OSM's proxy UUID). */
export type PodLabeler = (namespace: string, podName: string) => Record<string, string>;
