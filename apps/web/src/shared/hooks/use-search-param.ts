import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * One URL query parameter as state, so a copied link reopens the same view. Updates replace the
 * history entry: typing a filter must not leave one back-button step per keystroke.
 */
export function useSearchParam(name: string): [string | null, (value: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const setValue = useCallback(
    (value: string | null) => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          if (value === null || value === '') next.delete(name);
          else next.set(name, value);
          return next;
        },
        { replace: true },
      );
    },
    [name, setParams],
  );
  return [params.get(name), setValue];
}
