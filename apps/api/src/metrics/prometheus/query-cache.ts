/** Results reused for `ttlMs`, keyed by endpoint and query; a failed query is not kept. */
export class QueryCache {
  private readonly entries = new Map<string, { expires: number; value: Promise<unknown> }>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get<T>(key: string, load: () => Promise<T>): Promise<T> {
    const time = this.now();
    const hit = this.entries.get(key);
    if (hit && hit.expires > time) return hit.value as Promise<T>;
    const value = load();
    this.entries.set(key, { expires: time + this.ttlMs, value });
    value.catch(() => this.entries.delete(key));
    if (this.entries.size > 5_000) this.sweep(time);
    return value;
  }

  private sweep(time: number): void {
    for (const [key, entry] of this.entries) if (entry.expires <= time) this.entries.delete(key);
  }
}
