export interface Debouncer {
  /** Asks for a run: it happens `waitMs` after the last ask, or `maxWaitMs` after the first. */
  call(): void;
  /** Forgets a pending run. */
  cancel(): void;
}

export interface DebouncerOptions {
  waitMs: number;
  /** Upper bound on the delay while asks keep coming, so a steady stream still gets runs. */
  maxWaitMs?: number;
  now?: () => number;
}

/**
 * Trailing debounce with an upper bound: a burst of fleet changes turns into one refetch shortly
 * after the burst, and a change stream that never pauses still refetches every `maxWaitMs`.
 */
export function createDebouncer(
  run: () => void,
  { waitMs, maxWaitMs = Infinity, now = Date.now }: DebouncerOptions,
): Debouncer {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstAskAt: number | undefined;

  const fire = () => {
    timer = undefined;
    firstAskAt = undefined;
    run();
  };

  return {
    call() {
      const at = now();
      firstAskAt ??= at;
      clearTimeout(timer);
      const delay = Math.max(0, Math.min(waitMs, firstAskAt + maxWaitMs - at));
      timer = setTimeout(fire, delay);
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
      firstAskAt = undefined;
    },
  };
}
