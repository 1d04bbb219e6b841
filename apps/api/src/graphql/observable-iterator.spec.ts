import { Subject } from 'rxjs';
import { toAsyncIterator } from './observable-iterator';

describe('toAsyncIterator', () => {
  it('delivers values pushed before and after the pull, in order', async () => {
    const subject = new Subject<number>();
    const iterator = toAsyncIterator(subject);
    subject.next(1);
    const first = iterator.next();
    const second = iterator.next();
    subject.next(2);
    expect(await first).toEqual({ value: 1, done: false });
    expect(await second).toEqual({ value: 2, done: false });
  });

  it('unsubscribes from the source when the consumer returns', async () => {
    const subject = new Subject<number>();
    const iterator = toAsyncIterator(subject);
    expect(subject.observed).toBe(true);
    await iterator.return?.();
    expect(subject.observed).toBe(false);
    expect(await iterator.next()).toEqual({ value: undefined, done: true });
  });

  it('ends when the source completes', async () => {
    const subject = new Subject<number>();
    const iterator = toAsyncIterator(subject);
    const pending = iterator.next();
    subject.complete();
    expect(await pending).toEqual({ value: undefined, done: true });
  });
});
