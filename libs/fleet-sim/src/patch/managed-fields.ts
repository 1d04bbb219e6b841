import { jsonEqual } from '../json/json-equal';
import { isJsonObject, type KubeObject } from '../kube-object';
import { nowTimestamp } from '../registry/object-strategy';
import { type FieldScope, fromFieldsV1, keyPath, leafKeys, toFieldsV1, valueAt } from './field-set';

/** One manager's ownership, as in metadata.managedFields (operation Apply or Update). */
export interface ManagerEntry {
  manager: string;
  operation: 'Apply' | 'Update';
  apiVersion: string;
  time: string;
  subresource: string | undefined;
  fields: Set<string>;
}

export function readManagedFields(obj: KubeObject | undefined): ManagerEntry[] {
  const raw = obj?.metadata.managedFields;
  if (!Array.isArray(raw)) return [];
  return raw.filter(isJsonObject).map((m) => ({
    manager: typeof m.manager === 'string' ? m.manager : '',
    operation: m.operation === 'Apply' ? 'Apply' : 'Update',
    apiVersion: typeof m.apiVersion === 'string' ? m.apiVersion : '',
    time: typeof m.time === 'string' ? m.time : nowTimestamp(),
    subresource:
      typeof m.subresource === 'string' && m.subresource !== '' ? m.subresource : undefined,
    fields: fromFieldsV1(m.fieldsV1),
  }));
}

/** Writes the entries back in upstream's shape; drops entries that own nothing. */
export function writeManagedFields(obj: KubeObject, entries: ManagerEntry[]): void {
  const kept = entries.filter((e) => e.fields.size > 0);
  if (kept.length === 0) {
    delete obj.metadata.managedFields;
    return;
  }
  obj.metadata.managedFields = kept.map((e) => {
    const out: Record<string, unknown> = {
      manager: e.manager,
      operation: e.operation,
      apiVersion: e.apiVersion,
      time: e.time,
      fieldsType: 'FieldsV1',
      fieldsV1: toFieldsV1(e.fields),
    };
    if (e.subresource) out.subresource = e.subresource;
    return out;
  });
}

export function sameOwner(
  e: ManagerEntry,
  manager: string,
  operation: string,
  subresource: string | undefined,
): boolean {
  return e.manager === manager && e.operation === operation && e.subresource === subresource;
}

/**
 * Ownership after a non-apply write (create, update, patch): the writer takes the fields it changed,
 * every other manager loses them, fields that disappeared are owned by nobody.
 */
export function recordUpdate(
  old: KubeObject | undefined,
  next: KubeObject,
  manager: string,
  subresource: string | undefined,
): void {
  const scope: FieldScope = subresource === 'status' ? 'status' : 'all';
  const before = leafKeys(old ?? {}, scope);
  const after = leafKeys(next, scope);
  const changed = new Set<string>();
  for (const key of after) {
    const path = keyPath(key);
    if (!before.has(key) || !jsonEqual(valueAt(old, path), valueAt(next, path))) changed.add(key);
  }
  const removed = [...before].filter((k) => !after.has(k));
  if (changed.size === 0 && removed.length === 0 && old) {
    next.metadata.managedFields = old.metadata.managedFields;
    return;
  }
  const entries = readManagedFields(old);
  for (const e of entries) {
    for (const key of removed) e.fields.delete(key);
    if (!sameOwner(e, manager, 'Update', subresource))
      for (const key of changed) e.fields.delete(key);
  }
  let own = entries.find((e) => sameOwner(e, manager, 'Update', subresource));
  if (!own) {
    own = {
      manager,
      operation: 'Update',
      apiVersion: next.apiVersion,
      time: '',
      subresource,
      fields: new Set(),
    };
    entries.push(own);
  }
  for (const key of changed) own.fields.add(key);
  own.time = nowTimestamp();
  own.apiVersion = next.apiVersion;
  writeManagedFields(next, entries);
}
