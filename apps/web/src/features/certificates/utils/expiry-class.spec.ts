import { expiryTone, expiryWord, formatClassList, parseClassList } from './expiry-class';
import { expiresIn } from './expires-in';

describe('expiry classes in the URL', () => {
  it('reads a comma list in any case, drops unknown words and orders by urgency', () => {
    expect(parseClassList('warning,EXPIRED,nope')).toEqual(['EXPIRED', 'WARNING']);
    expect(parseClassList(null)).toEqual([]);
    expect(formatClassList(['WARNING', 'EXPIRED'])).toBe('EXPIRED,WARNING');
    expect(formatClassList([])).toBeNull();
  });

  it('pairs every class with a tone and a word', () => {
    expect([expiryTone('EXPIRED'), expiryWord('EXPIRED')]).toEqual(['failing', 'Expired']);
    expect([expiryTone('WARNING'), expiryWord('WARNING')]).toEqual(['degraded', 'Warning']);
  });
});

describe('expiresIn', () => {
  const now = Date.parse('2026-06-01T00:00:00Z');
  it('says how long until, or how long ago, in a unit that fits', () => {
    expect(expiresIn('2026-06-06T12:00:00Z', now)).toBe('in 5 d');
    expect(expiresIn('2026-05-29T00:00:00Z', now)).toBe('expired 3 d ago');
    expect(expiresIn('2026-06-01T05:30:00Z', now)).toBe('in 5 h');
    expect(expiresIn('2036-06-01T00:00:00Z', now)).toBe('in 10 y');
    expect(expiresIn('garbage', now)).toBe('unknown');
  });
});
