// One collator for every comparison: much cheaper than localeCompare with options when sorting
// 10,000 rows.
const naturalOrder = new Intl.Collator('en', { numeric: true });

/** Names with numbers in natural order: edge-2 before edge-10. */
export const compareNames: (a: string, b: string) => number = naturalOrder.compare;

function versionParts(version: string): number[] {
  return (version.match(/\d+/g) ?? []).map(Number);
}

/** Versions compared number by number (1.9 before 1.24), then as text (edge-25.8 vs stable-2.14). */
export function compareVersions(a: string, b: string): number {
  const left = versionParts(a);
  const right = versionParts(b);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const diff = (left[i] ?? 0) - (right[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return a.localeCompare(b);
}

/** Missing values first: an unknown version or trust domain is the one to look at. */
export function compareNullable<T>(
  a: T | null | undefined,
  b: T | null | undefined,
  compare: (x: T, y: T) => number,
): number {
  const aMissing = a === null || a === undefined;
  const bMissing = b === null || b === undefined;
  if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? -1 : 1;
  return compare(a, b);
}
