import { failure, type KubeStatusError } from '../api/status-error';
import { jsonEqual } from '../json/json-equal';
import { isJsonObject, type KubeObject } from '../kube-object';
import { nowTimestamp } from '../registry/object-strategy';
import { deleteAt, type FieldScope, keyPath, leafKeys, pathText, valueAt } from './field-set';
import {
  type ManagerEntry,
  readManagedFields,
  sameOwner,
  writeManagedFields,
} from './managed-fields';

export interface ApplyRequest {
  /** The live object, or undefined when the apply creates it. */
  live: KubeObject | undefined;
  applied: KubeObject;
  manager: string;
  force: boolean;
  subresource: string | undefined;
  /** 'main' for kinds with a status subresource (status is not applied there), else 'all' or 'status'. */
  scope: FieldScope;
}

/**
 * Server-side apply at leaf-field granularity (lists atomic): a field another manager owns with a
 * different value is a conflict unless forced; fields this manager applied before and dropped now are
 * removed unless someone else owns them. Returns the merged object with its managedFields.
 */
export function serverSideApply(req: ApplyRequest): KubeObject {
  const scope = req.scope;
  const applied = leafKeys(req.applied, scope);
  const entries = readManagedFields(req.live);
  const isOwn = (e: ManagerEntry): boolean => sameOwner(e, req.manager, 'Apply', req.subresource);
  const conflicts: { entry: ManagerEntry; key: string }[] = [];
  for (const entry of entries) {
    if (isOwn(entry)) continue;
    for (const key of applied) {
      if (!entry.fields.has(key)) continue;
      const path = keyPath(key);
      if (!jsonEqual(valueAt(req.live, path), valueAt(req.applied, path)))
        conflicts.push({ entry, key });
    }
  }
  if (conflicts.length > 0 && !req.force) throw conflictError(conflicts);
  for (const { entry, key } of conflicts) entry.fields.delete(key);

  const merged = deepMerge(req.live ?? {}, scoped(req.applied, scope)) as KubeObject;
  const own = entries.find(isOwn);
  for (const key of own?.fields ?? []) {
    if (applied.has(key) || entries.some((e) => e !== own && e.fields.has(key))) continue;
    deleteAt(merged, keyPath(key));
  }
  const next: ManagerEntry = {
    manager: req.manager,
    operation: 'Apply',
    apiVersion: req.applied.apiVersion,
    time: nowTimestamp(),
    subresource: req.subresource,
    fields: applied,
  };
  writeManagedFields(merged, own ? entries.map((e) => (e === own ? next : e)) : [...entries, next]);
  return merged;
}

function scoped(obj: KubeObject, scope: FieldScope): unknown {
  if (scope === 'status') return { metadata: {}, status: obj.status };
  if (scope === 'all') return obj;
  const { status: _status, ...rest } = obj;
  return rest;
}

function deepMerge(base: unknown, overlay: unknown): unknown {
  if (!isJsonObject(overlay) || !isJsonObject(base)) return structuredClone(overlay);
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overlay)) {
    if (value === null) delete out[key];
    else out[key] = deepMerge(out[key], value);
  }
  return out;
}

// Message and causes as upstream's fieldmanager (NewConflictError / getConflictMessage).
function conflictError(conflicts: { entry: ManagerEntry; key: string }[]): KubeStatusError {
  const who = (e: ManagerEntry): string =>
    e.operation === 'Update'
      ? `"${e.manager}"${e.subresource ? ` with subresource "${e.subresource}"` : ''} using ${e.apiVersion} at ${e.time}`
      : `"${e.manager}"${e.subresource ? ` with subresource "${e.subresource}"` : ''}`;
  const causes = conflicts.map((c) => ({
    reason: 'FieldManagerConflict',
    message: `conflict with ${who(c.entry)}`,
    field: pathText(keyPath(c.key)),
  }));
  let message: string;
  const [first] = conflicts;
  if (conflicts.length === 1 && first) {
    message = `Apply failed with 1 conflict: conflict with ${who(first.entry)}: ${pathText(keyPath(first.key))}`;
  } else {
    const byManager = new Map<string, string[]>();
    for (const c of conflicts) {
      const list = byManager.get(who(c.entry)) ?? [];
      list.push(`- ${pathText(keyPath(c.key))}`);
      byManager.set(who(c.entry), list);
    }
    const lines = [...byManager.keys()]
      .sort()
      .flatMap((m) => [`conflicts with ${m}:`, ...(byManager.get(m) ?? [])]);
    message = `Apply failed with ${conflicts.length} conflicts: ${lines.join('\n')}`;
  }
  return failure(409, 'Conflict', message, { causes });
}
