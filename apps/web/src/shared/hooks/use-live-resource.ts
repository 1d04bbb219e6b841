import { useEffect, useMemo, useRef } from 'react';
import { type LiveStatus } from '../../graphql/live-socket';
import { useFleetChanges, useLiveStatus } from '../live/live-updates';
import { createDebouncer } from '../utils/debouncer';
import {
  type LoadResult,
  type RefreshingResource,
  useRefreshingResource,
} from './use-refreshing-resource';

/**
 * A page's own poll, for state that changes without a fleet change (a cluster's reachability).
 * Leave both out when every change of the data moves the fleet revision: the app's change feed
 * then tells the page when to refetch, with the socket or without it.
 */
export interface LiveRefreshOptions {
  /** Poll rate while the socket is up. */
  liveIntervalMs?: number;
  /** Poll rate while the socket is down. */
  fallbackIntervalMs?: number;
  /**
   * Whether a change with these ids can alter this page's data; changes known only by revision
   * (no ids) and resyncs always refetch. Default: every change.
   */
  affectedBy?: (changedIds: readonly string[]) => boolean;
}

export type LiveResource<Data> = RefreshingResource<Data> & { live: LiveStatus };

// A burst of watch events (a rollout, a re-list after reconnect) becomes one refetch.
const changeDebounceMs = 300;
const changeMaxWaitMs = 2_000;

/**
 * A resource that reloads shortly after every fleet change the app hears of (pushed by the hub, or
 * found by the revision check while the socket is down), plus its own optional poll.
 */
export function useLiveResource<Data>(
  key: string,
  load: (key: string) => Promise<LoadResult<Data>>,
  { fallbackIntervalMs, liveIntervalMs, affectedBy }: LiveRefreshOptions = {},
): LiveResource<Data> {
  const live = useLiveStatus();
  const resource = useRefreshingResource(
    key,
    load,
    live === 'live' ? liveIntervalMs : fallbackIntervalMs,
  );
  const refresh = useRef(resource.refresh);
  useEffect(() => {
    refresh.current = resource.refresh;
  });
  const debouncer = useMemo(
    () =>
      createDebouncer(() => refresh.current('queue'), {
        waitMs: changeDebounceMs,
        maxWaitMs: changeMaxWaitMs,
      }),
    [],
  );
  useEffect(() => () => debouncer.cancel(), [debouncer]);
  useFleetChanges((notice) => {
    // A hidden tab catches up when it comes back to the front.
    if (document.visibilityState !== 'visible') return;
    const ids = notice.type === 'change' ? notice.changedIds : undefined;
    if (ids && affectedBy && !affectedBy(ids)) return;
    debouncer.call();
  });
  return { ...resource, live };
}
