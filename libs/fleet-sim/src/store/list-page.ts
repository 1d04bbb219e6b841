import { type ResourceType } from '../api/resource-type';
import { type FieldSelector } from '../selectors/field-selector';
import { type LabelSelector } from '../selectors/label-selector';
import { type ObjectStore } from './object-store';
import { compareKeys } from './resource-bucket';
import { type StoredObject } from './stored-object';

export interface ListQuery {
  namespace: string | undefined;
  label: LabelSelector;
  field: FieldSelector;
  limit: number | undefined;
  /** First key to return (inclusive), from a continue token. */
  start: string | undefined;
  /** List as of this resourceVersion (a continue token's or an Exact match); default: now. */
  atRv: number | undefined;
}

export interface ListPage {
  items: StoredObject[];
  rv: number;
  /** Key of the last item when more keys follow (for the continue token). */
  lastKey: string | undefined;
  remainingItemCount: number | undefined;
}

/**
 * One page of a list in key order, optionally as of an older resourceVersion: the current objects with
 * the events since then rolled back, which works while those events are still in the history (as
 * etcd's MVCC works until compaction). Returns 'expired' when they are not.
 */
export function listPage(
  store: ObjectStore,
  type: ResourceType,
  q: ListQuery,
): ListPage | 'expired' {
  const bucket = store.bucket(type);
  const rv = q.atRv ?? store.currentRv;
  let overrides: Map<string, StoredObject | null> | undefined;
  if (rv < store.currentRv) {
    const events = store.history.since(rv);
    if (!events) return 'expired';
    overrides = new Map();
    for (let i = events.length - 1; i >= 0; i -= 1) {
      const e = events[i];
      if (!e || e.storageKey !== type.storageKey) continue;
      if (q.namespace !== undefined && e.object.namespace !== q.namespace) continue;
      overrides.set(e.object.key, e.prev ?? null);
    }
  }
  const keys = mergedKeys(
    bucket.sortedKeys(q.namespace),
    overrides,
    (k) => bucket.get(k) !== undefined,
  );
  let index = q.start === undefined ? 0 : lowerBound(keys, q.start);
  const filtered = !q.label.empty || !q.field.empty;
  const items: StoredObject[] = [];
  for (; index < keys.length; index += 1) {
    if (q.limit !== undefined && items.length >= q.limit) break;
    const key = keys[index] ?? '';
    const stored = overrides?.has(key) ? overrides.get(key) : bucket.get(key);
    if (!stored) continue;
    if (!q.label.matches(stored.object.metadata.labels) || !q.field.matches(stored.object))
      continue;
    items.push(stored);
  }
  const more = index < keys.length;
  const last = items[items.length - 1];
  return {
    items,
    rv,
    lastKey: more && last ? last.key : undefined,
    remainingItemCount:
      more && !filtered
        ? countPresent(keys, index, overrides, (k) => bucket.get(k) !== undefined)
        : undefined,
  };
}

function mergedKeys(
  current: readonly string[],
  overrides: Map<string, StoredObject | null> | undefined,
  exists: (key: string) => boolean,
): readonly string[] {
  if (!overrides || overrides.size === 0) return current;
  const extra = [...overrides]
    .filter(([k, v]) => v !== null && !exists(k))
    .map(([k]) => k)
    .sort(compareKeys);
  if (extra.length === 0) return current;
  const merged: string[] = [];
  let i = 0;
  let j = 0;
  while (i < current.length || j < extra.length) {
    const a = current[i];
    const b = extra[j];
    if (b === undefined || (a !== undefined && a < b)) {
      merged.push(a ?? '');
      i += 1;
    } else {
      merged.push(b);
      j += 1;
    }
  }
  return merged;
}

function countPresent(
  keys: readonly string[],
  from: number,
  overrides: Map<string, StoredObject | null> | undefined,
  exists: (key: string) => boolean,
): number {
  if (!overrides || overrides.size === 0) return keys.length - from;
  let count = 0;
  for (let i = from; i < keys.length; i += 1) {
    const key = keys[i] ?? '';
    if (overrides.has(key) ? overrides.get(key) !== null : exists(key)) count += 1;
  }
  return count;
}

function lowerBound(keys: readonly string[], start: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((keys[mid] ?? '') < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
