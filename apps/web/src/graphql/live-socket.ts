import { type Client, createClient } from 'graphql-ws';
import { retryDelayMs } from '../shared/utils/retry-delay';

/**
 * The state of the live connection to the hub: `connecting` until the first connection, `live`
 * while connected, `offline` after it dropped (pages then fall back to polling) until it is back.
 */
export type LiveStatus = 'connecting' | 'live' | 'offline';

// Pings the hub this often and treats a missing pong as a dead connection: a laptop waking from
// sleep or a proxy dropping the socket silently would otherwise look connected forever.
const keepAliveMs = 15_000;
const pongTimeoutMs = 5_000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The graphql-ws connection for subscriptions, which retries for as long as the page is open and
 * tells listeners its status and when it came back (events may have been missed meanwhile).
 */
export class LiveSocket {
  readonly client: Client;
  private status: LiveStatus = 'connecting';
  private connections = 0;
  private readonly statusListeners = new Set<() => void>();
  private readonly reconnectListeners = new Set<() => void>();

  constructor(url: string) {
    let socket: WebSocket | undefined;
    let pongTimer: ReturnType<typeof setTimeout> | undefined;
    this.client = createClient({
      url,
      retryAttempts: Infinity,
      shouldRetry: () => true,
      retryWait: (attempt) => sleep(retryDelayMs(attempt)),
      keepAlive: keepAliveMs,
      on: {
        connected: (connected) => {
          socket = connected as WebSocket;
          this.connections += 1;
          this.setStatus('live');
          if (this.connections > 1) this.reconnectListeners.forEach((listener) => listener());
        },
        closed: () => {
          clearTimeout(pongTimer);
          socket = undefined;
          if (this.connections > 0) this.setStatus('offline');
        },
        ping: (received) => {
          if (received) return;
          pongTimer = setTimeout(() => {
            if (socket?.readyState === WebSocket.OPEN) socket.close(4408, 'Pong timeout');
          }, pongTimeoutMs);
        },
        pong: (received) => {
          if (received) clearTimeout(pongTimer);
        },
      },
    });
  }

  readonly getStatus = (): LiveStatus => this.status;

  /** For `useSyncExternalStore`: calls `listener` whenever the status changes. */
  readonly subscribeStatus = (listener: () => void): (() => void) => {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  };

  /** Calls `listener` each time the connection is back after a drop. */
  onReconnect(listener: () => void): () => void {
    this.reconnectListeners.add(listener);
    return () => this.reconnectListeners.delete(listener);
  }

  private setStatus(status: LiveStatus): void {
    if (this.status === status) return;
    this.status = status;
    this.statusListeners.forEach((listener) => listener());
  }
}
