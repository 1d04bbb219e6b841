/**
 * Thrown by the readers when a CRD field has the wrong shape. Discovery catches it per object and turns
 * it into an INVALID_OBJECT ClusterError, so one bad object never hides the others.
 */
export class InvalidObjectError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'InvalidObjectError';
  }
}
