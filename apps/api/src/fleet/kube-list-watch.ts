import type { KubeConfig } from '@kubernetes/client-node';
import type { KindRef, KubeObject } from '@meshwork/adapters-core';
import { kubeRequest, kubeStream } from '../clusters/kube-http';
import { resourcePath } from './resource-path';

export interface ListWatchHandlers {
  /** The full current set of objects, after a (re-)list. */
  onReset(objects: KubeObject[]): void;
  onUpsert(object: KubeObject): void;
  onDelete(object: KubeObject): void;
  /** A list or watch failed; the loop retries with backoff. `status` is the HTTP status when there was one. */
  onError(error: Error, status?: number): void;
}

export interface ListWatchOptions {
  timeoutMs: number;
  pageSize?: number;
  /** Server-side watch duration; the watch is reopened after it from the last resourceVersion. */
  watchSeconds?: number;
  maxBackoffMs?: number;
  /** Watch one namespace instead of the whole cluster (where RBAC grants only that). */
  namespace?: string;
  /**
   * Applied to every object as it arrives (page by page in a list, event by event in a watch), before
   * the handlers see it, so what it drops never outlives its page (as client-go's informer transform).
   */
  transform?: (object: KubeObject) => KubeObject;
}

interface WatchEvent {
  type: 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK' | 'ERROR';
  object: KubeObject & { code?: number; message?: string };
}

class ExpiredError extends Error {}

/**
 * List, then watch from the list's resourceVersion, for one kind in one cluster, forever: a watch that
 * ends is reopened from the last resourceVersion seen (bookmarks included); `410 Gone` re-lists; any other
 * failure retries with exponential backoff. Objects are plain JSON (no typed-model conversion), which
 * keeps a 60k-object fleet cheap to hold.
 */
export class KubeListWatch {
  private stopped = false;
  private closeStream: (() => void) | undefined;
  private wake: (() => void) | undefined;
  private resourceVersion: string | undefined;

  constructor(
    private readonly kubeConfig: KubeConfig,
    private readonly kind: KindRef,
    private readonly handlers: ListWatchHandlers,
    private readonly options: ListWatchOptions,
  ) {}

  start(): void {
    void this.run();
  }

  stop(): void {
    this.stopped = true;
    this.closeStream?.();
    this.wake?.();
  }

  /** Drops the open watch and reconnects now (e.g. after the cluster came back), skipping any backoff. */
  reconnect(): void {
    this.closeStream?.();
    this.wake?.();
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (!this.stopped) {
      try {
        if (this.resourceVersion === undefined) await this.list();
        failures = 0;
        await this.watch();
      } catch (error) {
        if (this.stopped) return;
        if (error instanceof ExpiredError) {
          this.resourceVersion = undefined;
          continue;
        }
        const status = (error as { status?: number }).status;
        this.handlers.onError(error as Error, status);
        // After a refusal the cache was dropped; when access returns, start over with a full list.
        if (status === 401 || status === 403) this.resourceVersion = undefined;
        failures += 1;
        const maxBackoff = this.options.maxBackoffMs ?? 30_000;
        await this.sleep(
          Math.min(500 * 2 ** (failures - 1), maxBackoff) * (0.8 + Math.random() * 0.4),
        );
      }
    }
  }

  private async list(): Promise<void> {
    const objects: KubeObject[] = [];
    let continueToken: string | undefined;
    let resourceVersion = '';
    do {
      const query = new URLSearchParams({ limit: String(this.options.pageSize ?? 500) });
      if (continueToken) query.set('continue', continueToken);
      const response = await kubeRequest(
        this.kubeConfig,
        `${resourcePath(this.kind, this.options.namespace)}?${query}`,
        {
          timeoutMs: this.options.timeoutMs * 4,
        },
      );
      if (response.status === 410) throw new ExpiredError('list continue token expired');
      if (response.status !== 200)
        throw statusError(response.status, response.body, 'list', this.kind);
      const page = JSON.parse(response.body) as {
        items?: KubeObject[];
        metadata?: { continue?: string; resourceVersion?: string };
      };
      for (const item of page.items ?? [])
        objects.push(this.transform(withTypeMeta(item, this.kind)));
      continueToken = page.metadata?.continue || undefined;
      resourceVersion = page.metadata?.resourceVersion ?? resourceVersion;
    } while (continueToken && !this.stopped);
    // Stopped mid-list (the CRD went away, the cluster was dropped): nobody wants these objects now.
    if (this.stopped) return;
    this.resourceVersion = resourceVersion;
    this.handlers.onReset(objects);
  }

  private async watch(): Promise<void> {
    if (this.stopped) return;
    const seconds = this.options.watchSeconds ?? 240 + Math.floor(Math.random() * 120);
    const query = new URLSearchParams({
      watch: 'true',
      allowWatchBookmarks: 'true',
      timeoutSeconds: String(seconds),
      resourceVersion: this.resourceVersion ?? '',
    });
    const stream = await kubeStream(
      this.kubeConfig,
      `${resourcePath(this.kind, this.options.namespace)}?${query}`,
      this.options.timeoutMs,
    );
    if (stream.status === 410) throw new ExpiredError('watch resourceVersion expired');
    if (!stream.lines) throw statusError(stream.status, stream.errorBody ?? '', 'watch', this.kind);
    this.closeStream = stream.close;
    try {
      for await (const line of stream.lines) {
        if (this.stopped) return;
        this.handle(JSON.parse(line) as WatchEvent);
      }
    } catch (error) {
      if (error instanceof ExpiredError) throw error;
      // A stream cut by reconnect() or stop() is normal; anything else is a failure to retry.
      if (!this.stopped && !(error as Error).message.includes('aborted')) throw error;
    } finally {
      this.closeStream = undefined;
      stream.close();
    }
  }

  private handle(event: WatchEvent): void {
    const rv = event.object?.metadata?.resourceVersion;
    switch (event.type) {
      case 'ADDED':
      case 'MODIFIED':
        this.handlers.onUpsert(this.transform(withTypeMeta(event.object, this.kind)));
        break;
      case 'DELETED':
        this.handlers.onDelete(withTypeMeta(event.object, this.kind));
        break;
      case 'BOOKMARK':
        break;
      case 'ERROR':
        if (event.object.code === 410) throw new ExpiredError(event.object.message ?? 'expired');
        throw statusError(
          event.object.code ?? 500,
          JSON.stringify(event.object),
          'watch',
          this.kind,
        );
    }
    if (rv) this.resourceVersion = rv;
  }

  private transform(object: KubeObject): KubeObject {
    return this.options.transform ? this.options.transform(object) : object;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}

/** Lists omit kind/apiVersion on items; adapters rely on them. */
function withTypeMeta(object: KubeObject, kind: KindRef): KubeObject {
  if (object.kind && object.apiVersion) return object;
  return {
    ...object,
    kind: kind.kind,
    apiVersion: kind.group ? `${kind.group}/${kind.version}` : kind.version,
  };
}

function statusError(
  status: number,
  body: string,
  verb: string,
  kind: KindRef,
): Error & { status: number } {
  let message = body.slice(0, 300);
  try {
    message = String((JSON.parse(body) as { message?: unknown }).message ?? message);
  } catch {
    // Not JSON; keep the raw text.
  }
  const resource = kind.group ? `${kind.resource}.${kind.group}` : kind.resource;
  return Object.assign(new Error(`${verb} ${resource}: HTTP ${status}: ${message}`), { status });
}
