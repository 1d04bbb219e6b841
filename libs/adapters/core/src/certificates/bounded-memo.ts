/**
 * A content-addressed cache of at most `limit` results of a pure function: the oldest entry goes
 * first. Used where a result depends only on its input text (parsing a certificate, verifying one
 * certificate against another), so it changes no answer, only how fast the same answer comes.
 */
export class BoundedMemo<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly limit: number) {}

  get(key: string, compute: () => V): V {
    const known = this.entries.get(key);
    if (known !== undefined) return known;
    const value = compute();
    if (this.entries.size >= this.limit) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(key, value);
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}
