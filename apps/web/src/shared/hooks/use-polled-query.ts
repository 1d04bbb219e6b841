import { type TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { type AnyVariables, type CombinedError, useClient } from 'urql';
import { useDocumentVisible } from './use-document-visible';

export interface PolledQuery<Data> {
  /** The last data the hub returned; kept when a later refresh fails, so the page can mark it stale. */
  data: Data | undefined;
  /** The error of the latest refresh, if it failed. */
  error: CombinedError | undefined;
  /** When `data` arrived (epoch ms). */
  fetchedAt: number | undefined;
  /** Whether the poll is paused because the tab is hidden. */
  paused: boolean;
  refresh: () => void;
}

type Snapshot<Data> = Pick<PolledQuery<Data>, 'data' | 'error' | 'fetchedAt'> & { key: string };

/**
 * Runs a query now and every `intervalMs` while the tab is visible, always from the network.
 * A refresh is skipped while the previous one for the same variables is still in flight, so a slow
 * hub is not piled on; one runs at once when the tab comes back to the front.
 */
export function usePolledQuery<Data, Variables extends AnyVariables>(
  query: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  intervalMs: number,
): PolledQuery<Data> {
  const client = useClient();
  const visible = useDocumentVisible();
  // Variables are compared by value so that callers can pass object literals.
  const key = JSON.stringify(variables ?? null);
  const latestKey = useRef(key);
  latestKey.current = key;
  const inFlightKey = useRef<string | null>(null);
  const [snapshot, setSnapshot] = useState<Snapshot<Data>>({
    key,
    data: undefined,
    error: undefined,
    fetchedAt: undefined,
  });

  const refresh = useCallback(() => {
    if (inFlightKey.current === key) return;
    inFlightKey.current = key;
    void client
      .query(query, JSON.parse(key) as Variables, { requestPolicy: 'network-only' })
      .toPromise()
      .then((result) => {
        // An answer for variables the page has since moved away from is dropped.
        if (latestKey.current !== key) return;
        setSnapshot((previous) =>
          result.data === undefined
            ? { ...previous, key, error: result.error }
            : { key, data: result.data, error: result.error, fetchedAt: Date.now() },
        );
      })
      .finally(() => {
        if (inFlightKey.current === key) inFlightKey.current = null;
      });
  }, [client, query, key]);

  useEffect(() => {
    if (!visible) return undefined;
    refresh();
    const timer = window.setInterval(refresh, intervalMs);
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
