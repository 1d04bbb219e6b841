/** How close a certificate is to its notAfter. */
export enum CertificateExpiryClass {
  EXPIRED = 'EXPIRED',
  /** Expires within `criticalDays`. */
  CRITICAL = 'CRITICAL',
  /** Expires within `warningDays`. */
  WARNING = 'WARNING',
  OK = 'OK',
}

export interface ExpiryThresholds {
  criticalDays: number;
  warningDays: number;
}

export const DEFAULT_EXPIRY_THRESHOLDS: Readonly<ExpiryThresholds> = {
  criticalDays: 7,
  warningDays: 60,
};

const DAY_MS = 86_400_000;

/** Most urgent first: EXPIRED, CRITICAL, WARNING, OK. */
export const EXPIRY_CLASS_ORDER: readonly CertificateExpiryClass[] = [
  CertificateExpiryClass.EXPIRED,
  CertificateExpiryClass.CRITICAL,
  CertificateExpiryClass.WARNING,
  CertificateExpiryClass.OK,
];

const toMs = (time: Date | string): number =>
  typeof time === 'string' ? Date.parse(time) : time.getTime();

/**
 * The class of a certificate that expires at `notAfter`, seen at `now`. A certificate is expired from
 * its notAfter instant on (RFC 5280 makes notAfter inclusive, but a clock never lands on it exactly).
 */
export function classifyExpiry(
  notAfter: Date | string,
  now: Date,
  thresholds: ExpiryThresholds = DEFAULT_EXPIRY_THRESHOLDS,
): CertificateExpiryClass {
  const left = toMs(notAfter) - now.getTime();
  if (Number.isNaN(left) || left <= 0) return CertificateExpiryClass.EXPIRED;
  if (left <= thresholds.criticalDays * DAY_MS) return CertificateExpiryClass.CRITICAL;
  if (left <= thresholds.warningDays * DAY_MS) return CertificateExpiryClass.WARNING;
  return CertificateExpiryClass.OK;
}

/**
 * The first instant after `now` at which one of these expiry dates changes class (it crosses the
 * warning line, the critical line or expires), so a listener can be told without polling.
 */
export function nextExpiryClassChange(
  notAfters: Iterable<Date | string>,
  now: Date,
  thresholds: ExpiryThresholds = DEFAULT_EXPIRY_THRESHOLDS,
): Date | undefined {
  const nowMs = now.getTime();
  let next = Infinity;
  for (const notAfter of notAfters) {
    const end = toMs(notAfter);
    for (const edge of [
      end - thresholds.warningDays * DAY_MS,
      end - thresholds.criticalDays * DAY_MS,
      end,
    ]) {
      if (edge > nowMs && edge < next) next = edge;
    }
  }
  return Number.isFinite(next) ? new Date(next) : undefined;
}

/**
 * Whole days from `now` to `notAfter`, towards zero: 4.9 days left is 4, expired 3.1 days ago is -3
 * (never -0).
 */
export function daysUntil(notAfter: Date | string, now: Date): number {
  return Math.trunc((toMs(notAfter) - now.getTime()) / DAY_MS) || 0;
}
