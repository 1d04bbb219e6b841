import { type Client } from 'urql';
import { type LiveSocket } from '../../graphql/live-socket';
import { fleetChangedSubscription } from '../graphql/fleet-changed.subscription';

/**
 * What a page hears: a change of the fleet model (with the clusters it touched), or `resync` after
 * the socket was down, when changes may have been missed and everything should be fetched again.
 */
export type FleetChangeNotice =
  { type: 'change'; revision: number; clusters: readonly string[] } | { type: 'resync' };

export type FleetChangeListener = (notice: FleetChangeNotice) => void;

/** One `fleetChanged` subscription for the whole app, shared by every page that listens. */
export class FleetChangeFeed {
  private readonly listeners = new Set<FleetChangeListener>();
  private stopSubscription: (() => void) | undefined;
  private stopReconnect: (() => void) | undefined;

  constructor(
    private readonly client: Client,
    private readonly socket: LiveSocket,
  ) {}

  start(): void {
    if (this.stopSubscription) return;
    const subscription = this.client
      .subscription(fleetChangedSubscription, {})
      .subscribe((result) => {
        const change = result.data?.fleetChanged;
        if (change) {
          this.emit({ type: 'change', revision: change.revision, clusters: change.clusters });
        }
      });
    this.stopSubscription = () => subscription.unsubscribe();
    this.stopReconnect = this.socket.onReconnect(() => this.emit({ type: 'resync' }));
  }

  stop(): void {
    this.stopSubscription?.();
    this.stopReconnect?.();
    this.stopSubscription = undefined;
    this.stopReconnect = undefined;
  }

  listen(listener: FleetChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(notice: FleetChangeNotice): void {
    this.listeners.forEach((listener) => listener(notice));
  }
}
