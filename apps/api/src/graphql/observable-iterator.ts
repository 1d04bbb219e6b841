import type { Observable } from 'rxjs';

/**
 * GraphQL subscriptions (graphql-js, graphql-ws) consume an AsyncIterator, not an Observable. This
 * adapts one: values are queued until the client pulls them, and closing the subscription (return())
 * unsubscribes from the source, so a client that goes away leaves nothing running.
 */
export function toAsyncIterator<T>(source: Observable<T>): AsyncIterableIterator<T> {
  const queue: T[] = [];
  const waiting: Array<(result: IteratorResult<T>) => void> = [];
  let done = false;
  let failure: unknown;
  const finish = (): void => {
    done = true;
    for (const resolve of waiting.splice(0)) resolve({ value: undefined, done: true });
  };
  const subscription = source.subscribe({
    next: (value) => {
      const resolve = waiting.shift();
      if (resolve) resolve({ value, done: false });
      else queue.push(value);
    },
    error: (error: unknown) => {
      failure = error;
      finish();
    },
    complete: finish,
  });
  const iterator: AsyncIterableIterator<T> = {
    next(): Promise<IteratorResult<T>> {
      if (queue.length > 0) return Promise.resolve({ value: queue.shift() as T, done: false });
      if (failure !== undefined) return Promise.reject(failure as Error);
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => waiting.push(resolve));
    },
    return(): Promise<IteratorResult<T>> {
      subscription.unsubscribe();
      queue.length = 0;
      finish();
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
