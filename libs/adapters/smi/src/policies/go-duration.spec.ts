import { goDurationMs } from './go-duration';

describe('goDurationMs', () => {
  it.each([
    ['1s', 1_000],
    ['250ms', 250],
    ['1m30s', 90_000],
    ['1.5h', 5_400_000],
    ['100us', 0.1],
    ['0', 0],
  ])('reads %s as %d ms', (text, ms) => {
    expect(goDurationMs(text)).toBe(ms);
  });

  it.each(['', 's', '10', '5 s', '1d', '-1s'])('refuses %p', (text) => {
    expect(goDurationMs(text)).toBeUndefined();
  });
});
