import { parseDurationMs } from './duration';
import { InvalidObjectError } from './invalid-object-error';

describe('parseDurationMs', () => {
  it.each([
    ['10s', 10_000],
    ['1m30s', 90_000],
    ['250ms', 250],
    ['1.5h', 5_400_000],
    ['0s', 0],
    ['0', 0],
    ['1h2m3s4ms', 3_723_004],
  ])('reads the Go duration %s', (text, ms) => {
    expect(parseDurationMs(text, 'spec.x')).toBe(ms);
  });

  it('treats an absent or empty duration as unset', () => {
    expect(parseDurationMs(undefined, 'spec.x')).toBeUndefined();
    expect(parseDurationMs('', 'spec.x')).toBeUndefined();
  });

  it.each(['soon', '10', '5 s', 's', 10])('rejects %p naming the field', (value) => {
    expect(() => parseDurationMs(value, 'spec.routes[0].destination.requestTimeout')).toThrow(
      InvalidObjectError,
    );
    expect(() => parseDurationMs(value, 'spec.routes[0].destination.requestTimeout')).toThrow(
      /spec\.routes\[0\]\.destination\.requestTimeout/,
    );
  });
});
