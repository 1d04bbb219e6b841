import { type CertificateCounts } from '../graphql/overview-rows';
import { certificateClasses } from './certificate-classes';

function someCounts(overrides: Partial<CertificateCounts> = {}): CertificateCounts {
  return {
    total: 8,
    expired: 1,
    critical: 1,
    warning: 1,
    ok: 5,
    criticalDays: 7,
    warningDays: 60,
    findingErrors: 1,
    findingWarnings: 2,
    ...overrides,
  };
}

describe('certificateClasses', () => {
  it('lists the classes most urgent first, each linking to the Certificates page filtered to it', () => {
    const { total, rows } = certificateClasses(someCounts());
    expect(total).toBe(8);
    expect(rows.map((row) => [row.expiryClass, row.count, row.word, row.link])).toEqual([
      ['EXPIRED', 1, 'expired', '/certificates?class=EXPIRED'],
      ['CRITICAL', 1, 'critical', '/certificates?class=CRITICAL'],
      ['WARNING', 1, 'warning', '/certificates?class=WARNING'],
      ['OK', 5, 'ok', '/certificates?class=OK'],
    ]);
  });

  it('raises an alarm only for classes that hold certificates and are not OK', () => {
    const rows = certificateClasses(someCounts({ expired: 0, critical: 2, warning: 0 })).rows;
    expect(rows.map((row) => [row.expiryClass, row.tone, row.alarm])).toEqual([
      ['EXPIRED', 'failing', false],
      ['CRITICAL', 'failing', true],
      ['WARNING', 'degraded', false],
      ['OK', 'ok', false],
    ]);
  });

  it('explains the classes with the hub’s thresholds', () => {
    const rows = certificateClasses(someCounts({ criticalDays: 1, warningDays: 30 })).rows;
    expect(rows.map((row) => row.hint)).toEqual([
      'past their end date',
      'within 1 day',
      'within 30 days',
      'more than 30 days left',
    ]);
  });

  it('counts trust findings, failing with errors, degraded with warnings alone, calm without', () => {
    expect(certificateClasses(someCounts()).findings).toEqual({
      errors: 1,
      warnings: 2,
      tone: 'failing',
      text: '1 trust error · 2 trust warnings',
      link: '/certificates',
    });
    const warningsOnly = certificateClasses(someCounts({ findingErrors: 0, findingWarnings: 1 }));
    expect([warningsOnly.findings.tone, warningsOnly.findings.text]).toEqual([
      'degraded',
      '1 trust warning',
    ]);
    const none = certificateClasses(someCounts({ findingErrors: 0, findingWarnings: 0 }));
    expect([none.findings.tone, none.findings.text]).toEqual([undefined, 'no trust findings']);
  });
});
