import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient } from 'urql';
import { useRefreshingResource } from '../../../shared/hooks/use-refreshing-resource';
import { useLiveStatus } from '../../../shared/live/live-updates';
import { type LiveStatus } from '../../../graphql/live-socket';
import { type TopologyData, type TopologyQueryVariables } from '../graphql/topology-data';
import { topologyQuery } from '../graphql/topology.query';
import { topologyUpdatedSubscription } from '../graphql/topology-updated.subscription';

/** One answer for one set of variables, stamped when it reached the page. */
export interface TopologySnapshot {
  key: string;
  topology: TopologyData;
  /** performance.now() when the answer arrived: where the drawing-time measurement starts. */
  arrivedAt: number;
  /** Date.now() at arrival, for "updated 5 s ago". */
  fetchedAt: number;
}

export interface TopologyFeed {
  snapshot: TopologySnapshot | undefined;
  error: Error | undefined;
  /** How updates arrive right now. */
  mode: 'paused' | 'hidden' | 'live' | 'polling';
  live: LiveStatus;
  refresh: () => void;
}

/**
 * The topology for the current filter: fetched at once, then pushed by `topologyUpdated` while the
 * live socket is up, or polled at the refresh interval while it is not (or the hub has no such
 * subscription). Pushes are applied at most once per refresh interval: redrawing a 5,000-node
 * graph every second helps nobody. Paused means neither.
 */
export function useTopologyData(
  variables: TopologyQueryVariables,
  refreshMs: number,
  paused: boolean,
): TopologyFeed {
  const client = useClient();
  const live = useLiveStatus();
  const key = JSON.stringify(variables);
  const [subscriptionFailed, setSubscriptionFailed] = useState<string | null>(null);
  const subscribed = !paused && live === 'live' && subscriptionFailed !== key;

  const load = useCallback(
    async (forKey: string) => {
      const result = await client
        .query(topologyQuery, JSON.parse(forKey) as TopologyQueryVariables, {
          requestPolicy: 'network-only',
        })
        .toPromise();
      const topology = result.data?.topology;
      return {
        data: topology && {
          key: forKey,
          topology,
          arrivedAt: performance.now(),
          fetchedAt: Date.now(),
        },
        error: result.error,
      };
    },
    [client],
  );
  const polled = useRefreshingResource<TopologySnapshot>(
    key,
    load,
    paused || subscribed ? undefined : refreshMs,
  );

  const [pushed, setPushed] = useState<TopologySnapshot | undefined>(undefined);
  const lastApplied = useRef(0);
  useEffect(() => {
    if (!subscribed) return undefined;
    let timer: number | undefined;
    let latest: TopologySnapshot | undefined;
    const apply = () => {
      timer = undefined;
      if (!latest) return;
      lastApplied.current = performance.now();
      setPushed(latest);
      latest = undefined;
    };
    const subscription = client
      .subscription(topologyUpdatedSubscription, JSON.parse(key) as TopologyQueryVariables)
      .subscribe((result) => {
        if (result.error) {
          setSubscriptionFailed(key);
          return;
        }
        const topology = result.data?.topologyUpdated;
        if (!topology) return;
        latest = { key, topology, arrivedAt: performance.now(), fetchedAt: Date.now() };
        const wait = lastApplied.current + refreshMs - performance.now();
        if (wait <= 0) apply();
        else timer ??= window.setTimeout(apply, wait);
      });
    return () => {
      window.clearTimeout(timer);
      subscription.unsubscribe();
    };
  }, [client, key, subscribed, refreshMs]);

  const current = [polled.data, pushed?.key === key ? pushed : undefined]
    .filter((snapshot): snapshot is TopologySnapshot => snapshot !== undefined)
    .sort((a, b) => b.arrivedAt - a.arrivedAt)[0];
  return {
    snapshot: current,
    error: polled.error,
    mode: paused ? 'paused' : polled.paused ? 'hidden' : subscribed ? 'live' : 'polling',
    live,
    refresh: () => polled.refresh('queue'),
  };
}
