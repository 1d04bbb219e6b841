/**
 * Thrown by a policy reader when an object cannot be understood. The reader's caller turns it into an
 * INVALID_OBJECT ClusterError for that object and moves on to the next one.
 */
export class InvalidObjectError extends Error {
  constructor(
    /** Where in the object, e.g. `spec.rules[0].timeouts.request`. */
    readonly path: string,
    problem: string,
  ) {
    super(`${path}: ${problem}`);
    this.name = 'InvalidObjectError';
  }
}

/** Reads a required array field, rejecting any other shape (YAML typos give strings or maps). */
export function arrayAt<T>(value: T[] | undefined, path: string): T[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new InvalidObjectError(path, 'expected a list');
  return value;
}
