import { durationMs } from './duration';

describe('durationMs', () => {
  it.each([
    ['1.5s', 1500],
    ['100ms', 100],
    ['1m30s', 90_000],
    ['2h', 7_200_000],
    ['250us', 0.25],
    ['250µs', 0.25],
    ['.5s', 500],
    ['0s', 0],
    ['0', 0],
    [' 10s ', 10_000],
    ['1h2m3s4ms', 3_723_004],
  ])('reads the Go duration %p', (text, ms) => {
    expect(durationMs(text)).toBe(ms);
  });

  it.each([undefined, '', '10', '5 seconds', 's', '1d', '10s garbage', '-1s'])(
    'is undefined for %p',
    (text) => {
      expect(durationMs(text)).toBeUndefined();
    },
  );

  it('reads days only when asked to', () => {
    expect(durationMs('1d', { days: true })).toBe(86_400_000);
    expect(durationMs('1d12h', { days: true })).toBe(129_600_000);
    expect(durationMs('1d')).toBeUndefined();
  });
});
