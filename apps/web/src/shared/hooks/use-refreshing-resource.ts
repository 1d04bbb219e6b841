import { useCallback, useEffect, useRef, useState } from 'react';
import { useDocumentVisible } from './use-document-visible';

/** What a loader returns: data, an error, or both (GraphQL answers partial data with errors). */
export interface LoadResult<Data> {
  data?: Data;
  error?: Error;
}

/**
 * `skip-if-busy` (a poll tick) does nothing while a load for the same key runs, so a slow hub is not
 * piled on; `queue` (a change notice) runs once more after it, since the running load may predate
 * the change.
 */
export type RefreshMode = 'skip-if-busy' | 'queue';

export interface RefreshingResource<Data> {
  /** The last data loaded for this key; kept when a later refresh fails, so the page can mark it stale. */
  data: Data | undefined;
  /** The error of the latest refresh, if it failed. */
  error: Error | undefined;
  /** When `data` arrived (epoch ms). */
  fetchedAt: number | undefined;
  /** Whether refreshing is paused because the tab is hidden. */
  paused: boolean;
  refresh: (mode?: RefreshMode) => void;
}

type Snapshot<Data> = Pick<RefreshingResource<Data>, 'data' | 'error' | 'fetchedAt'> & {
  key: string;
};

interface Flight {
  key: string;
  again: boolean;
}

/**
 * Loads `key` now, every `intervalMs` (when given) while the tab is visible, and on `refresh()`.
 * Answers for a key the page has moved away from are dropped; data of another key is never shown.
 */
export function useRefreshingResource<Data>(
  key: string,
  load: (key: string) => Promise<LoadResult<Data>>,
  intervalMs: number | undefined,
): RefreshingResource<Data> {
  const visible = useDocumentVisible();
  const latestKey = useRef(key);
  const latestLoad = useRef(load);
  const flight = useRef<Flight | null>(null);
  useEffect(() => {
    latestKey.current = key;
    latestLoad.current = load;
  });
  const [snapshot, setSnapshot] = useState<Snapshot<Data>>({
    key,
    data: undefined,
    error: undefined,
    fetchedAt: undefined,
  });

  const start = useCallback((forKey: string) => {
    const current: Flight = { key: forKey, again: false };
    flight.current = current;
    const settle = (result: LoadResult<Data>) => {
      if (latestKey.current !== forKey) return;
      setSnapshot((previous) =>
        result.data === undefined
          ? { ...previous, key: forKey, error: result.error ?? new Error('no data') }
          : { key: forKey, data: result.data, error: result.error, fetchedAt: Date.now() },
      );
    };
    latestLoad
      .current(forKey)
      .then(settle, (error: unknown) =>
        settle({ error: error instanceof Error ? error : new Error(String(error)) }),
      )
      .finally(() => {
        if (flight.current !== current) return;
        flight.current = null;
        if (current.again && latestKey.current === forKey) start(forKey);
      });
  }, []);

  const refresh = useCallback(
    (mode: RefreshMode = 'skip-if-busy') => {
      const running = flight.current;
      if (running?.key === key) {
        if (mode === 'queue') running.again = true;
        return;
      }
      start(key);
    },
    [key, start],
  );

  useEffect(() => {
    if (!visible) return undefined;
    refresh();
    if (intervalMs === undefined) return undefined;
    const timer = window.setInterval(() => refresh(), intervalMs);
    return () => window.clearInterval(timer);
  }, [visible, refresh, intervalMs]);

  const current = snapshot.key === key;
  return {
    data: current ? snapshot.data : undefined,
    error: current ? snapshot.error : undefined,
    fetchedAt: current ? snapshot.fetchedAt : undefined,
    paused: !visible,
    refresh,
  };
}
