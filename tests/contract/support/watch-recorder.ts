import { type KubeConfig, type KubernetesObject, Watch } from '@kubernetes/client-node';

export interface RecordedEvent {
  readonly type: string;
  readonly object: KubernetesObject & Record<string, unknown>;
}

/** `endReason` of a watch the server ended cleanly (e.g. at its timeoutSeconds). */
export const SERVER_CLOSED = 'the server closed the watch';

type Query = Record<string, string | number | boolean | undefined>;

interface Waiter {
  readonly what: string;
  readonly predicate: (event: RecordedEvent) => boolean;
  readonly resolve: (event: RecordedEvent) => void;
  readonly reject: (error: Error) => void;
}

/**
 * One watch through the client library's `Watch`, recording every event it delivers, so a test can
 * wait (bounded) for an event and then inspect the whole sequence.
 */
export class WatchRecorder {
  readonly events: RecordedEvent[] = [];
  private waiters: Waiter[] = [];
  private abort: AbortController | undefined;
  private ending: string | undefined;

  private constructor(private readonly path: string) {}

  static async start(config: KubeConfig, path: string, query: Query): Promise<WatchRecorder> {
    const recorder = new WatchRecorder(path);
    recorder.abort = await new Watch(config).watch(
      path,
      query,
      (type, object: RecordedEvent['object']) => recorder.record({ type, object }),
      (error: unknown) => recorder.end(error),
    );
    return recorder;
  }

  /** Whether the stream has ended (server close, error or `stop()`). */
  get ended(): boolean {
    return this.ending !== undefined;
  }

  /** Why the stream ended, e.g. SERVER_CLOSED; undefined while it is open. */
  get endReason(): string | undefined {
    return this.ending;
  }

  /** The first recorded event that matches, waiting up to `timeoutMs` for it. */
  waitFor(
    what: string,
    predicate: (event: RecordedEvent) => boolean,
    timeoutMs = 10_000,
  ): Promise<RecordedEvent> {
    const found = this.events.find(predicate);
    if (found !== undefined) return Promise.resolve(found);
    if (this.ending !== undefined) return Promise.reject(this.failure(what, this.ending));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(this.failure(what, `nothing matched within ${timeoutMs} ms`));
      }, timeoutMs);
      const waiter: Waiter = {
        what,
        predicate,
        resolve: (event) => {
          clearTimeout(timer);
          resolve(event);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
      this.waiters.push(waiter);
    });
  }

  stop(): void {
    this.ending ??= 'stopped by the test';
    this.abort?.abort();
  }

  private record(event: RecordedEvent): void {
    this.events.push(event);
    const matched = this.waiters.filter((w) => w.predicate(event));
    this.waiters = this.waiters.filter((w) => !matched.includes(w));
    for (const waiter of matched) waiter.resolve(event);
  }

  private end(error: unknown): void {
    if (this.ending !== undefined) return;
    this.ending = error ? `the watch failed: ${String(error)}` : SERVER_CLOSED;
    const waiters = this.waiters;
    this.waiters = [];
    for (const waiter of waiters) waiter.reject(this.failure(waiter.what, this.ending));
  }

  private failure(what: string, why: string): Error {
    const seen = this.events
      .map(
        (e) =>
          `${e.type} ${e.object.metadata?.name ?? ''}@${e.object.metadata?.resourceVersion ?? ''}`,
      )
      .join(', ');
    return new Error(`watch ${this.path}: waiting for ${what}: ${why}; events: [${seen}]`);
  }
}
