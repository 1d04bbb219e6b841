import { isJsonObject } from '../kube-object';

/**
 * Field paths for managed-fields tracking. Maps are walked key by key; lists are atomic (as for a CRD
 * field without x-kubernetes-list-type): a list is one leaf owned as a whole.
 */
export type FieldPath = readonly string[];

const SEP = '\u0001';

export function pathKey(path: FieldPath): string {
  return path.join(SEP);
}

export function keyPath(key: string): FieldPath {
  return key === '' ? [] : key.split(SEP);
}

/** `.spec.replicas`, as upstream prints a path in conflict messages. */
export function pathText(path: FieldPath): string {
  return path.map((p) => `.${p}`).join('');
}

// Server-owned or identity fields that no manager owns.
const IGNORED = new Set([
  'apiVersion',
  'kind',
  ['metadata', 'name'].join(SEP),
  ['metadata', 'namespace'].join(SEP),
  ['metadata', 'uid'].join(SEP),
  ['metadata', 'resourceVersion'].join(SEP),
  ['metadata', 'generation'].join(SEP),
  ['metadata', 'creationTimestamp'].join(SEP),
  ['metadata', 'managedFields'].join(SEP),
  ['metadata', 'selfLink'].join(SEP),
  ['metadata', 'deletionTimestamp'].join(SEP),
  ['metadata', 'deletionGracePeriodSeconds'].join(SEP),
]);

/** Which part of an object a write may own: all but status, only status, or everything. */
export type FieldScope = 'main' | 'status' | 'all';

/** The leaf paths of `obj` within `scope`, as keys. */
export function leafKeys(obj: unknown, scope: FieldScope): Set<string> {
  const out = new Set<string>();
  if (!isJsonObject(obj)) return out;
  for (const [key, value] of Object.entries(obj)) {
    if (scope === 'main' && key === 'status') continue;
    if (scope === 'status' && key !== 'status') continue;
    walk(value, [key], out);
  }
  return out;
}

function walk(value: unknown, path: string[], out: Set<string>): void {
  const key = pathKey(path);
  if (IGNORED.has(key) || value === undefined) return;
  if (isJsonObject(value) && Object.keys(value).length > 0) {
    for (const [k, v] of Object.entries(value)) walk(v, [...path, k], out);
  } else out.add(key);
}

export function valueAt(obj: unknown, path: FieldPath): unknown {
  let node = obj;
  for (const part of path) {
    if (!isJsonObject(node)) return undefined;
    node = node[part];
  }
  return node;
}

export function deleteAt(obj: unknown, path: FieldPath): void {
  let node = obj;
  for (const part of path.slice(0, -1)) {
    if (!isJsonObject(node)) return;
    node = node[part];
  }
  const last = path[path.length - 1];
  if (isJsonObject(node) && last !== undefined) delete node[last];
}

/** FieldsV1 JSON (`{"f:spec":{"f:replicas":{}}}`) for a set of leaf keys. */
export function toFieldsV1(keys: Iterable<string>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const key of keys) {
    let node = root;
    for (const part of keyPath(key)) {
      const name = `f:${part}`;
      node[name] ??= {};
      node = node[name] as Record<string, unknown>;
    }
  }
  return root;
}

/** Leaf keys from FieldsV1; list-item entries (k:, v:, i:) of other servers collapse to their list. */
export function fromFieldsV1(fields: unknown): Set<string> {
  const out = new Set<string>();
  const visit = (node: unknown, path: string[]): void => {
    const entries = isJsonObject(node) ? Object.entries(node) : [];
    const children = entries.filter(([k]) => k.startsWith('f:'));
    const listItems = entries.some(([k]) => /^[kvi]:/.test(k));
    if ((children.length === 0 || listItems) && path.length > 0) {
      out.add(pathKey(path));
      if (listItems) return;
    }
    for (const [k, v] of children) visit(v, [...path, k.slice(2)]);
  };
  visit(fields, []);
  return out;
}
