/**
 * Whether two values serialize to the same JSON, without serializing them: key order is ignored and
 * a member that is `undefined` counts as absent, as in JSON.stringify. Stops at the first difference.
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (a instanceof Date || b instanceof Date)
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  // Counting keys instead of collecting them: this runs for every cached pod and model entity.
  let members = 0;
  for (const key in left) {
    const value = left[key];
    if (value === undefined) continue;
    if (!jsonEqual(value, right[key])) return false;
    members += 1;
  }
  for (const key in right) if (right[key] !== undefined) members -= 1;
  return members === 0;
}
