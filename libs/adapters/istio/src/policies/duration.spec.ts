import { durationMs } from './duration';

describe('durationMs', () => {
  it('reads protobuf and Go duration forms', () => {
    expect(durationMs('1.5s')).toBe(1500);
    expect(durationMs('100ms')).toBe(100);
    expect(durationMs('1m30s')).toBe(90_000);
    expect(durationMs('2h')).toBe(7_200_000);
    expect(durationMs('250us')).toBe(0.25);
  });

  it('is undefined for missing or malformed values', () => {
    expect(durationMs(undefined)).toBeUndefined();
    expect(durationMs('')).toBeUndefined();
    expect(durationMs('10')).toBeUndefined();
    expect(durationMs('5 seconds')).toBeUndefined();
  });
});
