/**
 * `Promise.all(items.map(fn))` with at most `limit` calls in flight, results in input order. Each
 * request in flight to a cluster holds its own HTTP/1.1 connection, and every new connection costs a
 * TLS handshake on both ends; a few at a time reuse a few keep-alive connections instead.
 */
export async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await fn(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}
