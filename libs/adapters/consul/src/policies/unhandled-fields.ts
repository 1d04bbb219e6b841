/** Paths of fields set in `fields` that no effect represents. */
export function unhandledFields(
  fields: Record<string, unknown>,
  handled: readonly string[],
  prefix: string,
): string[] {
  return Object.entries(fields)
    .filter(([key, value]) => !handled.includes(key) && isSet(value))
    .map(([key]) => `${prefix}.${key}`);
}

const isSet = (value: unknown): boolean =>
  value !== undefined &&
  value !== null &&
  value !== '' &&
  !(Array.isArray(value) && value.length === 0) &&
  !(typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0);
