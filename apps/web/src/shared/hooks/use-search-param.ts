import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * How a change reaches the history: `push` for deliberate view changes (a sort) that Back should
 * undo, `replace` for changes as fine-grained as typing, which must not leave one Back step each.
 */
export type HistoryMode = 'push' | 'replace';

/** One URL query parameter as state, so a copied link reopens the same view. */
export function useSearchParam(
  name: string,
  history: HistoryMode = 'replace',
): [string | null, (value: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const setValue = useCallback(
    (value: string | null) => {
      // The browser's URL, not the one of this render: a write scheduled earlier (a debounced
      // filter) must not undo another parameter changed since.
      const next = new URLSearchParams(window.location.search);
      if (value === null || value === '') next.delete(name);
      else next.set(name, value);
      setParams(next, { replace: history === 'replace' });
    },
    [name, history, setParams],
  );
  return [params.get(name), setValue];
}
