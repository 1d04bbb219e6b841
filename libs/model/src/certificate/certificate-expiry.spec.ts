import {
  CertificateExpiryClass,
  classifyExpiry,
  daysUntil,
  nextExpiryClassChange,
} from './certificate-expiry';

const now = new Date('2026-06-01T12:00:00.000Z');
const inDays = (days: number) => new Date(now.getTime() + days * 86_400_000);

describe('classifyExpiry', () => {
  it('classes by the default 7 and 60 day lines, boundaries included', () => {
    expect(classifyExpiry(inDays(-3), now)).toBe(CertificateExpiryClass.EXPIRED);
    expect(classifyExpiry(now, now)).toBe(CertificateExpiryClass.EXPIRED);
    expect(classifyExpiry(inDays(0.001), now)).toBe(CertificateExpiryClass.CRITICAL);
    expect(classifyExpiry(inDays(7), now)).toBe(CertificateExpiryClass.CRITICAL);
    expect(classifyExpiry(inDays(7.01), now)).toBe(CertificateExpiryClass.WARNING);
    expect(classifyExpiry(inDays(60), now)).toBe(CertificateExpiryClass.WARNING);
    expect(classifyExpiry(inDays(61), now)).toBe(CertificateExpiryClass.OK);
  });

  it('follows the thresholds it is given and accepts ISO strings', () => {
    const thresholds = { criticalDays: 30, warningDays: 90 };
    expect(classifyExpiry(inDays(20).toISOString(), now, thresholds)).toBe(
      CertificateExpiryClass.CRITICAL,
    );
    expect(classifyExpiry(inDays(80).toISOString(), now, thresholds)).toBe(
      CertificateExpiryClass.WARNING,
    );
  });

  it('treats an unreadable date as expired rather than healthy', () => {
    expect(classifyExpiry('not a date', now)).toBe(CertificateExpiryClass.EXPIRED);
  });
});

describe('nextExpiryClassChange', () => {
  it('finds the nearest crossing of any line among all certificates', () => {
    const next = nextExpiryClassChange([inDays(100), inDays(10), inDays(-1)], now);
    // 10 days out crosses the 7-day line in 3 days; 100 days out crosses 60 days in 40.
    expect(next?.toISOString()).toBe(inDays(3).toISOString());
  });

  it('says nothing when every certificate has already expired', () => {
    expect(nextExpiryClassChange([inDays(-1)], now)).toBeUndefined();
  });
});

describe('daysUntil', () => {
  it('counts whole days towards zero, negative once expired', () => {
    expect(daysUntil(inDays(5.5), now)).toBe(5);
    expect(daysUntil(inDays(-2.5), now)).toBe(-2);
    expect(Object.is(daysUntil(inDays(-0.5), now), 0)).toBe(true);
  });
});
