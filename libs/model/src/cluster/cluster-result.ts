export enum ClusterErrorCode {
  UNREACHABLE = 'UNREACHABLE',
  UNAUTHORIZED = 'UNAUTHORIZED',
  /** RBAC denied one verb on one resource; the rest of the cluster may still be readable. */
  FORBIDDEN = 'FORBIDDEN',
  TIMEOUT = 'TIMEOUT',
  /** A kind an adapter asked for is not served by this cluster. */
  KIND_NOT_SERVED = 'KIND_NOT_SERVED',
  /** An object exists but could not be understood (bad spec, unknown enum value...). */
  INVALID_OBJECT = 'INVALID_OBJECT',
  /** An adapter failed on this cluster; other adapters and clusters are unaffected. */
  ADAPTER_FAILED = 'ADAPTER_FAILED',
  UNKNOWN = 'UNKNOWN',
}

/** One failure, always tied to the cluster it happened on. */
export interface ClusterError {
  cluster: string;
  code: ClusterErrorCode;
  message: string;
  verb?: string;
  group?: string;
  resource?: string;
  /** Namespace and name of the object concerned, when the error is about one object. */
  namespace?: string;
  name?: string;
}

/** One cluster's answer: its data plus whatever went wrong, so one failure never sinks the rest. */
export interface ClusterResult<T> {
  cluster: string;
  data: T;
  errors: ClusterError[];
}
