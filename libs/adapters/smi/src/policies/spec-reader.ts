/**
 * Checked reads of untyped CRD fields. Objects come straight from the API server (or YAML), so any
 * field may have any shape; a wrong shape throws `InvalidSpecError` naming the field, which the
 * caller turns into one INVALID_OBJECT error for that object.
 */
export class InvalidSpecError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidSpecError';
  }
}

export type Fields = Readonly<Record<string, unknown>>;

export const isFields = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (value === '') return 'an empty string';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

export function fieldsAt(value: unknown, path: string): Fields {
  if (!isFields(value))
    throw new InvalidSpecError(`${path} must be an object, got ${describe(value)}`);
  return value;
}

export function optionalFields(value: unknown, path: string): Fields | undefined {
  return value === undefined || value === null ? undefined : fieldsAt(value, path);
}

export function stringAt(value: unknown, path: string): string {
  if (typeof value !== 'string' || value === '') {
    throw new InvalidSpecError(`${path} must be a non-empty string, got ${describe(value)}`);
  }
  return value;
}

export function optionalString(value: unknown, path: string): string | undefined {
  return value === undefined || value === null ? undefined : stringAt(value, path);
}

export function listAt(value: unknown, path: string): readonly unknown[] {
  if (!Array.isArray(value))
    throw new InvalidSpecError(`${path} must be a list, got ${describe(value)}`);
  return value;
}

export function optionalList(value: unknown, path: string): readonly unknown[] {
  return value === undefined || value === null ? [] : listAt(value, path);
}

export function stringList(value: unknown, path: string): string[] {
  return optionalList(value, path).map((item, i) => stringAt(item, `${path}[${i}]`));
}

export function optionalNumber(value: unknown, path: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new InvalidSpecError(`${path} must be a number, got ${describe(value)}`);
  }
  return value;
}

export function optionalBoolean(value: unknown, path: string): boolean | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') {
    throw new InvalidSpecError(`${path} must be true or false, got ${describe(value)}`);
  }
  return value;
}
