import { formatRelativeTime } from './relative-time';

describe('formatRelativeTime', () => {
  const now = Date.parse('2025-06-01T12:00:00Z');
  const ago = (seconds: number) => new Date(now - seconds * 1000).toISOString();

  it('says "just now" for the last few seconds and for moments slightly in the future', () => {
    expect(formatRelativeTime(ago(0), now)).toBe('just now');
    expect(formatRelativeTime(ago(4.9), now)).toBe('just now');
    expect(formatRelativeTime(ago(-30), now)).toBe('just now');
  });

  it('picks the largest whole unit below the age', () => {
    expect(formatRelativeTime(ago(5), now)).toBe('5 s ago');
    expect(formatRelativeTime(ago(59), now)).toBe('59 s ago');
    expect(formatRelativeTime(ago(60), now)).toBe('1 min ago');
    expect(formatRelativeTime(ago(3599), now)).toBe('59 min ago');
    expect(formatRelativeTime(ago(7200), now)).toBe('2 h ago');
    expect(formatRelativeTime(ago(5 * 86400 + 10), now)).toBe('5 d ago');
  });

  it('accepts dates and epoch milliseconds as well as ISO strings', () => {
    expect(formatRelativeTime(new Date(now - 90_000), now)).toBe('1 min ago');
    expect(formatRelativeTime(now - 15_000, now)).toBe('15 s ago');
  });

  it('says "unknown" for a timestamp it cannot parse', () => {
    expect(formatRelativeTime('not a date', now)).toBe('unknown');
  });
});
