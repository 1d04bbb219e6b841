import { BoxLayoutEngine } from './box-layout-engine';
import { type LayoutRequest, type LayoutResult } from './layout-protocol';

interface Pending {
  resolve: (result: LayoutResult) => void;
  reject: (error: Error) => void;
}

/**
 * Runs the box layout in a Web Worker, off the main thread, so a 5,000-node graph never blocks
 * panning or typing. Only the newest request matters: an older answer still in flight resolves
 * too, and the caller drops it by its request id. Without Worker support it lays out in place.
 */
export class BoxLayoutClient {
  private readonly worker: Worker | undefined;
  private readonly local: BoxLayoutEngine | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor() {
    if (typeof Worker === 'undefined') {
      this.local = new BoxLayoutEngine();
      return;
    }
    this.worker = new Worker(new URL('./box-layout.worker.ts', import.meta.url), {
      type: 'module',
      name: 'topology-layout',
    });
    this.worker.onmessage = (event: MessageEvent<LayoutResult>) => {
      const pending = this.pending.get(event.data.requestId);
      this.pending.delete(event.data.requestId);
      pending?.resolve(event.data);
    };
    this.worker.onerror = (event) => {
      const error = new Error(`layout worker failed: ${event.message}`);
      this.pending.forEach((pending) => pending.reject(error));
      this.pending.clear();
    };
  }

  layout(request: Omit<LayoutRequest, 'requestId'>): Promise<LayoutResult> {
    const full: LayoutRequest = { ...request, requestId: this.nextId++ };
    if (this.local) return Promise.resolve(this.local.layout(full));
    return new Promise((resolve, reject) => {
      this.pending.set(full.requestId, { resolve, reject });
      this.worker!.postMessage(full, [
        full.namespaceCluster.buffer,
        full.nodeNamespace.buffer,
        full.edges.buffer,
        full.trafficSources.buffer,
      ]);
    });
  }

  dispose(): void {
    this.worker?.terminate();
    this.pending.clear();
  }
}

let shared: BoxLayoutClient | undefined;

/**
 * The app's one layout worker, started on first use and kept for the app's lifetime: its cache
 * keeps the graph in place when the user leaves the page and comes back.
 */
export function sharedLayoutClient(): BoxLayoutClient {
  shared ??= new BoxLayoutClient();
  return shared;
}
