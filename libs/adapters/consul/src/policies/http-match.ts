import { type HttpMatch } from '@meshwork/model';
import {
  type Fields,
  readBoolean,
  readList,
  readObject,
  readString,
  readStringList,
} from '../kube/field-readers';

export interface ReadMatch {
  /** OR-ed matches; one per method when the route lists several. */
  matches: HttpMatch[];
  unmodelled: string[];
}

/**
 * `{pathExact | pathPrefix | pathRegex, methods[], header[]}` as used by ServiceRouter matches. Header
 * conditions other than an exact value (present, prefix, suffix, regex, invert) and query parameters
 * have no place in HttpMatch and are reported as unmodelled.
 */
export function readHttpMatch(http: Fields, path: string): ReadMatch {
  const unmodelled: string[] = [];
  const base: HttpMatch = {};
  const exact = readString(http['pathExact'], `${path}.pathExact`);
  const prefix = readString(http['pathPrefix'], `${path}.pathPrefix`);
  const regex = readString(http['pathRegex'], `${path}.pathRegex`);
  if (exact !== undefined) base.path = { type: 'EXACT', value: exact };
  else if (prefix !== undefined) base.path = { type: 'PREFIX', value: prefix };
  else if (regex !== undefined) base.path = { type: 'REGEX', value: regex };
  readList(http['header'], `${path}.header`).forEach((raw, i) => {
    const headerPath = `${path}.header[${i}]`;
    const header = readObject(raw, headerPath);
    const name = readString(header['name'], `${headerPath}.name`);
    const value = readString(header['exact'], `${headerPath}.exact`);
    const invert = readBoolean(header['invert'], `${headerPath}.invert`);
    if (name !== undefined && value !== undefined && !invert) {
      base.headers = { ...base.headers, [name]: value };
    } else {
      unmodelled.push(headerPath);
    }
  });
  if (readList(http['queryParam'], `${path}.queryParam`).length > 0) {
    unmodelled.push(`${path}.queryParam`);
  }
  const methods = readStringList(http['methods'], `${path}.methods`);
  const matches = methods.length > 0 ? methods.map((method) => ({ ...base, method })) : [base];
  return { matches: matches.filter((m) => Object.keys(m).length > 0), unmodelled };
}
