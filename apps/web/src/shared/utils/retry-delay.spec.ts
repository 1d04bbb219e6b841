import { retryDelayMs } from './retry-delay';

describe('retryDelayMs', () => {
  const noJitter = { random: () => 1 };

  it('doubles from the base delay and stops growing at the cap', () => {
    expect([0, 1, 2, 3, 4, 5, 10].map((n) => retryDelayMs(n, noJitter))).toEqual([
      1_000, 2_000, 4_000, 8_000, 15_000, 15_000, 15_000,
    ]);
  });

  it('shortens a delay by at most a quarter for jitter', () => {
    expect(retryDelayMs(2, { random: () => 0 })).toBe(3_000);
    expect(retryDelayMs(2, { random: () => 0.5 })).toBe(3_500);
  });
});
