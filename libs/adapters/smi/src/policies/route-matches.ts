import { type AccessOperation, type HttpMatch } from '@meshwork/model';
import { type HttpRouteMatch } from './route-groups';

const REGEX_META = /[.^$*+?()[\]{}|\\]/;

/** SMI path regexes are anchored at the start only; these match every path. */
const EVERY_PATH = new Set(['.*', '/.*', '^.*', '^/.*', '.*$', '/.*$']);

const specificMethods = (methods: readonly string[]): string[] =>
  methods.includes('*') ? [] : [...methods];

/**
 * An access operation for one route match. The model has no path match type, so the SMI regex is
 * kept as written (and dropped when it matches every path). Header conditions cannot be expressed:
 * the caller reports them.
 */
export function accessOperationOf(match: HttpRouteMatch): AccessOperation {
  const methods = specificMethods(match.methods);
  return {
    ...(match.pathRegex !== undefined &&
      !EVERY_PATH.has(match.pathRegex) && { paths: [match.pathRegex] }),
    ...(methods.length > 0 && { methods }),
  };
}

/**
 * Request matches for a traffic-split route: a regex without metacharacters is a literal, which the
 * start-anchored SMI regex turns into a prefix; header regexes only survive when literal (exact).
 * Returns the header names that could not be expressed.
 */
export function httpMatchesOf(match: HttpRouteMatch): {
  matches: HttpMatch[];
  lostHeaders: string[];
} {
  const path: HttpMatch['path'] =
    match.pathRegex === undefined || EVERY_PATH.has(match.pathRegex)
      ? undefined
      : REGEX_META.test(match.pathRegex)
        ? { type: 'REGEX', value: match.pathRegex }
        : { type: 'PREFIX', value: match.pathRegex };
  const headers: Record<string, string> = {};
  const lostHeaders: string[] = [];
  for (const [name, value] of Object.entries(match.headers)) {
    if (REGEX_META.test(value)) lostHeaders.push(name);
    else headers[name] = value;
  }
  const base: HttpMatch = {
    ...(path && { path }),
    ...(Object.keys(headers).length > 0 && { headers }),
  };
  const methods = specificMethods(match.methods);
  const matches = methods.length ? methods.map((method) => ({ ...base, method })) : [base];
  return { matches, lostHeaders };
}
