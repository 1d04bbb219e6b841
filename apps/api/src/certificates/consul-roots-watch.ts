import type { Logger } from 'pino';
import { CONNECT_ROOTS_PATH } from './consul-connect-roots';

export interface ConsulRootsWatchOptions {
  address: string;
  token?: string;
  /** Per request, added to the blocking wait. */
  timeoutMs: number;
  retryMs: number;
  /** How long Consul may hold a blocking query open. */
  waitSeconds: number;
}

export interface ConsulRootsState {
  body?: unknown;
  error?: string;
  checkedAt?: Date;
  /** Increases with every new body or error, so readers can cache per version. */
  version: number;
}

/**
 * Follows `/v1/connect/ca/roots` with Consul blocking queries (`?index=`), so a CA rotation is seen
 * within moments without polling. Every request has a timeout; failures become state, then a retry.
 */
export class ConsulRootsWatch {
  state: ConsulRootsState = { version: 0 };
  private index: string | undefined;
  private stopped = false;
  private controller: AbortController | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    readonly key: string,
    private readonly options: ConsulRootsWatchOptions,
    private readonly logger: Logger,
    private readonly onChange: () => void,
  ) {}

  start(): void {
    void this.loop();
  }

  stop(): void {
    this.stopped = true;
    this.controller?.abort();
    if (this.timer) clearTimeout(this.timer);
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      const ok = await this.poll();
      if (!ok && !this.stopped) {
        await new Promise<void>((resolve) => {
          this.timer = setTimeout(resolve, this.options.retryMs);
          this.timer.unref();
        });
      }
    }
  }

  private async poll(): Promise<boolean> {
    const { address, token, timeoutMs, waitSeconds } = this.options;
    const url = new URL(CONNECT_ROOTS_PATH, address);
    if (this.index) {
      url.searchParams.set('index', this.index);
      url.searchParams.set('wait', `${waitSeconds}s`);
    }
    this.controller = new AbortController();
    const limit = setTimeout(
      () => this.controller?.abort(),
      timeoutMs + (this.index ? waitSeconds * 1000 : 0),
    );
    limit.unref();
    try {
      const response = await fetch(url, {
        headers: token ? { 'X-Consul-Token': token } : {},
        signal: this.controller.signal,
      });
      if (!response.ok)
        throw new Error(`HTTP ${response.status} from ${url.origin}${CONNECT_ROOTS_PATH}`);
      const index = response.headers.get('x-consul-index') ?? undefined;
      const body: unknown = await response.json();
      const changed = index === undefined || index !== this.index || this.state.error !== undefined;
      this.index = index;
      if (changed) this.set({ body });
      else this.state = { ...this.state, checkedAt: new Date() };
      return true;
    } catch (error) {
      if (this.stopped) return false;
      const message =
        error instanceof Error && error.name === 'AbortError'
          ? `no answer from ${url.origin} within ${timeoutMs} ms`
          : (error as Error).message;
      if (message !== this.state.error) {
        this.logger.warn(
          { consul: this.key, err: message },
          'could not read the Consul Connect CA roots',
        );
      }
      this.index = undefined;
      this.set({ error: message, body: this.state.body });
      return false;
    } finally {
      clearTimeout(limit);
    }
  }

  private set(next: { body?: unknown; error?: string }): void {
    const same = next.error !== undefined && next.error === this.state.error;
    this.state = {
      ...next,
      checkedAt: new Date(),
      version: same ? this.state.version : this.state.version + 1,
    };
    if (!same) this.onChange();
  }
}
