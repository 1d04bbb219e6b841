import { durationMs } from './duration';
import { parseQuantity } from './quantity';

describe('durationMs', () => {
  it('reads annotation, Gateway API and Go durations', () => {
    expect(durationMs('300ms')).toBe(300);
    expect(durationMs('10s')).toBe(10_000);
    expect(durationMs('1d')).toBe(86_400_000);
    expect(durationMs('1h30m')).toBe(5_400_000);
    expect(durationMs('1.5s')).toBe(1500);
    expect(durationMs('0')).toBe(0);
  });

  it('rejects anything else', () => {
    expect(durationMs('5 seconds')).toBeUndefined();
    expect(durationMs('10')).toBeUndefined();
    expect(durationMs('')).toBeUndefined();
    expect(durationMs(undefined)).toBeUndefined();
  });
});

describe('parseQuantity', () => {
  it('reads integer, decimal and suffixed quantities', () => {
    expect(parseQuantity(90)).toBe(90);
    expect(parseQuantity('500m')).toBe(0.5);
    expect(parseQuantity('1')).toBe(1);
    expect(parseQuantity('0.25')).toBe(0.25);
    expect(parseQuantity('1k')).toBe(1000);
  });

  it('rejects negatives and words', () => {
    expect(parseQuantity(-1)).toBeUndefined();
    expect(parseQuantity('ninety')).toBeUndefined();
    expect(parseQuantity(undefined)).toBeUndefined();
  });
});
