import { InvalidObjectError } from './invalid-object-error';

export type Fields = Record<string, unknown>;

const describe = (value: unknown): string =>
  Array.isArray(value) ? 'a list' : value === null ? 'null' : `a ${typeof value}`;

/** An optional object field; absent (undefined/null) gives `{}`. */
export function readObject(value: unknown, path: string): Fields {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new InvalidObjectError(path, `expected an object, found ${describe(value)}`);
  }
  return value as Fields;
}

/** An optional list field; absent gives `[]`. */
export function readList(value: unknown, path: string): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    throw new InvalidObjectError(path, `expected a list, found ${describe(value)}`);
  }
  return value;
}

export function readString(value: unknown, path: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') {
    throw new InvalidObjectError(path, `expected a string, found ${describe(value)}`);
  }
  return value;
}

export function readNumber(value: unknown, path: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new InvalidObjectError(path, `expected a number, found ${describe(value)}`);
  }
  return value;
}

export function readBoolean(value: unknown, path: string): boolean | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') {
    throw new InvalidObjectError(path, `expected true or false, found ${describe(value)}`);
  }
  return value;
}

export function readStringList(value: unknown, path: string): string[] {
  return readList(value, path).map((item, i) => {
    const text = readString(item, `${path}[${i}]`);
    if (text === undefined) throw new InvalidObjectError(`${path}[${i}]`, 'empty entry');
    return text;
  });
}
