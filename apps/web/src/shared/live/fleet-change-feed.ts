import { type Client } from 'urql';
import { type LiveSocket } from '../../graphql/live-socket';
import { fleetChangedSubscription } from '../graphql/fleet-changed.subscription';
import { fleetRevisionQuery } from '../graphql/fleet-revision.query';
import { RevisionTracker } from './revision-tracker';

/**
 * What a page hears: a change of the fleet model, with the ids of what changed when an event named
 * them (a revision check cannot), or `resync` when changes may have been missed (socket back after a
 * drop, hub restarted).
 */
export type FleetChangeNotice =
  | { type: 'change'; revision: number; changedIds: readonly string[] | undefined }
  | { type: 'resync' };

export type FleetChangeListener = (notice: FleetChangeNotice) => void;

/**
 * How often the fleet revision is checked: often while the socket is down (it is then the only way
 * to hear of changes), rarely while it is up (to catch events lost on the way).
 */
export const revisionCheckMs = { live: 10_000, fallback: 5_000 };

/**
 * One `fleetChanged` subscription for the whole app, shared by every page that listens, backed by
 * a cheap periodic check of the fleet revision: when the socket is down, or an event was lost, the
 * check still tells the pages to refetch, without them polling their own (large) queries.
 */
export class FleetChangeFeed {
  private readonly listeners = new Set<FleetChangeListener>();
  private readonly revisions = new RevisionTracker();
  private stops: Array<() => void> = [];
  private checkTimer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped by every start and stop, so a check chain of an earlier start ends by itself. */
  private generation = 0;

  constructor(
    private readonly client: Client,
    private readonly socket: LiveSocket,
  ) {}

  start(): void {
    if (this.stops.length > 0) return;
    const generation = ++this.generation;
    const subscription = this.client
      .subscription(fleetChangedSubscription, {})
      .subscribe((result) => {
        const change = result.data?.fleetChanged;
        if (!change) return;
        if (this.revisions.sawEvent(change.revision) === 'restarted') this.emit({ type: 'resync' });
        else
          this.emit({ type: 'change', revision: change.revision, changedIds: change.changedIds });
      });
    this.stops = [
      () => subscription.unsubscribe(),
      this.socket.onReconnect(() => this.emit({ type: 'resync' })),
      () => clearTimeout(this.checkTimer),
    ];
    void this.checkRevision(generation);
  }

  stop(): void {
    this.generation += 1;
    this.stops.forEach((stop) => stop());
    this.stops = [];
  }

  listen(listener: FleetChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async checkRevision(generation: number): Promise<void> {
    // A hidden tab skips the check; pages refresh when it comes back to the front anyway.
    if (document.visibilityState === 'visible') {
      const result = await this.client
        .query(fleetRevisionQuery, {}, { requestPolicy: 'network-only' })
        .toPromise();
      const revision = result.data?.fleet.revision;
      if (revision !== undefined) {
        const verdict = this.revisions.sawCheck(revision);
        if (verdict === 'changed') this.emit({ type: 'change', revision, changedIds: undefined });
        if (verdict === 'restarted') this.emit({ type: 'resync' });
      }
    }
    if (generation !== this.generation) return;
    const delay =
      this.socket.getStatus() === 'live' ? revisionCheckMs.live : revisionCheckMs.fallback;
    this.checkTimer = setTimeout(() => void this.checkRevision(generation), delay);
  }

  private emit(notice: FleetChangeNotice): void {
    this.listeners.forEach((listener) => listener(notice));
  }
}
