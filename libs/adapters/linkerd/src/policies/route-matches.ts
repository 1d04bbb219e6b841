import { type HttpMatch } from '@meshwork/model';
import { type HttpRouteMatchSpec } from '../linkerd-kinds';
import { InvalidObjectError, arrayAt } from './invalid-object';

const PATH_TYPES: Record<string, NonNullable<HttpMatch['path']>['type']> = {
  Exact: 'EXACT',
  PathPrefix: 'PREFIX',
  RegularExpression: 'REGEX',
};

/**
 * Gateway API matches as model matches. Header matches other than exact, and query-parameter
 * matches, have no model field: their paths go to `unmodelled`.
 */
export function convertMatches(
  matches: HttpRouteMatchSpec[] | undefined,
  path: string,
  unmodelled: string[],
): HttpMatch[] {
  return arrayAt(matches, path).map((match, m) => {
    const at = `${path}[${m}]`;
    const converted: HttpMatch = {};
    if (match.path) {
      const type = PATH_TYPES[match.path.type ?? 'PathPrefix'];
      if (!type)
        throw new InvalidObjectError(`${at}.path.type`, `unknown type "${match.path.type}"`);
      converted.path = { type, value: match.path.value ?? '/' };
    }
    if (match.method) converted.method = match.method;
    arrayAt(match.headers, `${at}.headers`).forEach((header, h) => {
      if ((header.type ?? 'Exact') === 'Exact' && header.name && header.value !== undefined) {
        converted.headers = { ...converted.headers, [header.name]: header.value };
      } else {
        unmodelled.push(`${at}.headers[${h}]`);
      }
    });
    if (match.queryParams?.length) unmodelled.push(`${at}.queryParams`);
    return converted;
  });
}

/**
 * Paths as access operations use them: exact, `prefix*`, and `*` for any; regular expressions have
 * no such form and are left out (the caller reports them).
 */
export function accessPaths(matches: readonly HttpMatch[]): string[] | undefined {
  const paths: string[] = [];
  for (const match of matches) {
    if (!match.path) return undefined;
    if (match.path.type === 'EXACT') paths.push(match.path.value);
    else if (match.path.type === 'PREFIX') paths.push(`${match.path.value.replace(/\/$/, '')}*`);
    else return undefined;
  }
  return paths.length ? paths : undefined;
}
