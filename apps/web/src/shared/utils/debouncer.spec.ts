import { createDebouncer } from './debouncer';

describe('createDebouncer', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs once, the wait after the last of a burst of asks', () => {
    const run = jest.fn();
    const debouncer = createDebouncer(run, { waitMs: 300 });
    debouncer.call();
    jest.advanceTimersByTime(200);
    debouncer.call();
    jest.advanceTimersByTime(200);
    debouncer.call();
    jest.advanceTimersByTime(299);
    expect(run).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('still runs every maxWait while asks never pause', () => {
    const run = jest.fn();
    const debouncer = createDebouncer(run, { waitMs: 300, maxWaitMs: 1_000 });
    for (let elapsed = 0; elapsed < 2_500; elapsed += 100) {
      debouncer.call();
      jest.advanceTimersByTime(100);
    }
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('drops a pending run when cancelled', () => {
    const run = jest.fn();
    const debouncer = createDebouncer(run, { waitMs: 300 });
    debouncer.call();
    debouncer.cancel();
    jest.advanceTimersByTime(1_000);
    expect(run).not.toHaveBeenCalled();
  });
});
