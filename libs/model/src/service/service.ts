export interface ServicePort {
  name?: string;
  port: number;
  /** Container port number or name the Service forwards to. */
  targetPort?: number | string;
  /** TCP | UDP | SCTP. */
  protocol: string;
  /** `appProtocol`, or the protocol meshes infer from the port name prefix (`http-`, `grpc-`). */
  appProtocol?: string;
}

/** Workloads behind a service that share one `version` label value. */
export interface ServiceVersion {
  /** The version label value; `unversioned` for workloads without one. */
  name: string;
  /** Labels that select exactly this version's pods (the service selector plus the version label). */
  labels: Record<string, string>;
  workloads: string[];
}

/** A named subset declared by a mesh policy (Istio DestinationRule subset, Consul resolver subset). */
export interface ServiceSubset {
  name: string;
  labels: Record<string, string>;
  /** Id of the NativePolicy that declares it. */
  definedBy: string;
}

export interface Service {
  /** `<cluster>/<namespace>/Service/<name>`. */
  id: string;
  cluster: string;
  namespace: string;
  name: string;
  ports: ServicePort[];
  labels: Record<string, string>;
  /** Pod selector; absent for selector-less Services (mirrors, external endpoints). */
  selector?: Record<string, string>;
  /** Ids of the meshes this service belongs to (several when meshes overlap, e.g. Linkerd + SMI). */
  meshes: string[];
  versions: ServiceVersion[];
  subsets: ServiceSubset[];
  /** Ids of workloads whose pods the selector matches. */
  workloads: string[];
  /** Same key for the same logical service in every cluster (see `logicalServiceKey`). */
  logicalKey: string;
}
