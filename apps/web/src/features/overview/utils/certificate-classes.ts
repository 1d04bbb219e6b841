import { type CertificateExpiryClass } from '../../../graphql/generated/graphql';
import { type StateTone } from '../../../shared/components/state-icon';
import {
  expiryClasses,
  expiryTone,
  expiryWord,
  formatClassList,
} from '../../certificates/utils/expiry-class';
import { type CertificateCounts } from '../graphql/overview-rows';

/** One expiry class on the Overview: its count, how it looks and where it leads. */
export interface CertificateClassRow {
  expiryClass: CertificateExpiryClass;
  count: number;
  /** Lower case, read after the number: "1 expired". */
  word: string;
  tone: StateTone;
  /** Only a class that holds certificates and is not OK is drawn in its colour with its icon. */
  alarm: boolean;
  /** What the class means with the hub's thresholds, e.g. "within 7 days". */
  hint: string;
  /** The Certificates page filtered to this class. */
  link: string;
}

export interface CertificateFindingsLine {
  errors: number;
  warnings: number;
  /** Errors make it failing, warnings alone degraded; none is not an alarm. */
  tone: StateTone | undefined;
  text: string;
  link: string;
}

export interface CertificateClasses {
  total: number;
  rows: CertificateClassRow[];
  findings: CertificateFindingsLine;
}

const certificatesPath = '/certificates';

function days(value: number): string {
  return `${value.toLocaleString('en')} ${value === 1 ? 'day' : 'days'}`;
}

function hint(expiryClass: CertificateExpiryClass, counts: CertificateCounts): string {
  switch (expiryClass) {
    case 'EXPIRED':
      return 'past their end date';
    case 'CRITICAL':
      return `within ${days(counts.criticalDays)}`;
    case 'WARNING':
      return `within ${days(counts.warningDays)}`;
    case 'OK':
      return `more than ${days(counts.warningDays)} left`;
  }
}

const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString('en')} ${count === 1 ? one : many}`;

/**
 * The fleet's certificates by expiry class, most urgent first, each leading to the Certificates
 * page filtered to it, and the trust findings the hub concluded, leading to the page's findings.
 */
export function certificateClasses(counts: CertificateCounts): CertificateClasses {
  const byClass: Record<CertificateExpiryClass, number> = {
    EXPIRED: counts.expired,
    CRITICAL: counts.critical,
    WARNING: counts.warning,
    OK: counts.ok,
  };
  const rows = expiryClasses.map((expiryClass) => {
    const count = byClass[expiryClass];
    const tone = expiryTone(expiryClass);
    return {
      expiryClass,
      count,
      word: expiryWord(expiryClass).toLowerCase(),
      tone,
      alarm: count > 0 && tone !== 'ok',
      hint: hint(expiryClass, counts),
      link: `${certificatesPath}?class=${formatClassList([expiryClass]) ?? ''}`,
    };
  });
  const errors = counts.findingErrors;
  const warnings = counts.findingWarnings;
  return {
    total: counts.total,
    rows,
    findings: {
      errors,
      warnings,
      tone: errors > 0 ? 'failing' : warnings > 0 ? 'degraded' : undefined,
      text:
        errors + warnings === 0
          ? 'no trust findings'
          : [
              errors > 0 ? plural(errors, 'trust error', 'trust errors') : '',
              warnings > 0 ? plural(warnings, 'trust warning', 'trust warnings') : '',
            ]
              .filter(Boolean)
              .join(' · '),
      link: certificatesPath,
    },
  };
}
