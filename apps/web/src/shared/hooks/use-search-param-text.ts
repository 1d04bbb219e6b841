import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParam } from './use-search-param';

/**
 * Text typed into a field whose value lives in the URL. The field keeps its own state so that fast
 * typing never loses a keystroke to a pending navigation; the URL follows after a short pause.
 * When the URL changes by itself (back, forward, a pasted link), the URL wins.
 */
export function useSearchParamText(name: string, delayMs = 150): [string, (value: string) => void] {
  const [param, setParam] = useSearchParam(name);
  const urlValue = param ?? '';
  const [text, setText] = useState(urlValue);
  const lastWritten = useRef(urlValue);
  const pending = useRef<number | undefined>(undefined);

  useEffect(() => {
    if (urlValue === lastWritten.current) return;
    window.clearTimeout(pending.current);
    lastWritten.current = urlValue;
    setText(urlValue);
  }, [urlValue]);

  useEffect(() => () => window.clearTimeout(pending.current), []);

  const update = useCallback(
    (value: string) => {
      setText(value);
      window.clearTimeout(pending.current);
      pending.current = window.setTimeout(() => {
        lastWritten.current = value;
        setParam(value === '' ? null : value);
      }, delayMs);
    },
    [setParam, delayMs],
  );

  return [text, update];
}
