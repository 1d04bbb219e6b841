/** The `Status` object the API server answers with on failure, shaped exactly like Kubernetes'. */
export interface KubeStatus {
  kind: 'Status';
  apiVersion: 'v1';
  metadata: { continue?: string };
  status: 'Failure' | 'Success';
  message?: string;
  reason?: string;
  details?: StatusDetails;
  code: number;
}

export interface StatusDetails {
  name?: string;
  group?: string;
  kind?: string;
  uid?: string;
  causes?: StatusCause[];
  retryAfterSeconds?: number;
}

export interface StatusCause {
  reason?: string;
  message: string;
  field?: string;
}

/** A failed request; the router turns it into a Status response with the same code. */
export class KubeStatusError extends Error {
  constructor(readonly status: KubeStatus) {
    super(status.message ?? status.reason ?? 'error');
  }

  get code(): number {
    return this.status.code;
  }
}

export function failure(
  code: number,
  reason: string,
  message: string,
  details?: StatusDetails,
  metadata: KubeStatus['metadata'] = {},
): KubeStatusError {
  // Key order follows upstream's JSON (message, reason, details, code).
  const status: KubeStatus = {
    kind: 'Status',
    apiVersion: 'v1',
    metadata,
    status: 'Failure',
    code,
  };
  delete (status as Partial<KubeStatus>).code;
  if (message !== '') status.message = message;
  status.reason = reason;
  if (details) status.details = details;
  status.code = code;
  return new KubeStatusError(status);
}

export function successStatus(details: StatusDetails): KubeStatus {
  return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', details, code: 200 };
}
