import type { FormattedExecutionResult } from 'graphql';

/**
 * Serialized bodies of results that many responses share (the topology answer cache), keyed by the
 * identity of their `data`, with their UTF-8 bytes. A 10,000-node answer takes hundreds of
 * milliseconds to serialize (graphql-js builds every object with a null prototype, which
 * JSON.stringify handles slowly) and tens more to encode (health reasons such as "≥" make it a
 * two-byte string), so a shared body is serialized and encoded once and sent as is.
 */
export class SharedBodies {
  private readonly byData = new WeakMap<object, string>();
  private readonly utf8ByBody = new Map<string, Buffer>();

  /** Serializes `data` exactly as Apollo Server's default `stringifyResult` does `{ data }`. */
  share(data: Record<string, unknown>): string {
    const body = JSON.stringify({ data }) + '\n';
    this.byData.set(data, body);
    this.utf8ByBody.set(body, Buffer.from(body, 'utf8'));
    return body;
  }

  release(data: Record<string, unknown>): void {
    const body = this.byData.get(data);
    if (body === undefined) return;
    this.byData.delete(data);
    this.utf8ByBody.delete(body);
  }

  /**
   * The bytes of a shared body (or of any equal string: same text, same bytes). Cheap at any length
   * for the very string `share` returned: V8 hashes long strings by length and compares by identity first.
   */
  utf8(body: string): Buffer | undefined {
    return this.utf8ByBody.get(body);
  }

  /**
   * Apollo Server's `stringifyResult`: the shared body when the result is only shared `data` (no
   * errors, no extensions, which a plugin may add per request), else the default serialization.
   */
  readonly stringifyResult = (result: FormattedExecutionResult): string => {
    const { data, ...rest } = result;
    const onlyData = Object.values(rest).every((value) => value === undefined);
    const body = onlyData && data ? this.byData.get(data) : undefined;
    return body ?? JSON.stringify(result) + '\n';
  };
}

/** One per process: Apollo's `stringifyResult` and the HTTP layer are configured statically. */
export const sharedBodies = new SharedBodies();
