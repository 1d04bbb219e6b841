import {
  type CertificateExpiryClass,
  type CertificateRole,
  type TrustFindingSeverity,
} from '../../../graphql/generated/graphql';
import { type StateTone } from '../../../shared/components/state-icon';

/** Most urgent first, as the page lists them. */
export const expiryClasses: readonly CertificateExpiryClass[] = [
  'EXPIRED',
  'CRITICAL',
  'WARNING',
  'OK',
];

export function isExpiryClass(value: string): value is CertificateExpiryClass {
  return (expiryClasses as readonly string[]).includes(value);
}

/** Expired and critical are both red; the word and the icon tell them apart. */
export function expiryTone(expiryClass: CertificateExpiryClass): StateTone {
  switch (expiryClass) {
    case 'EXPIRED':
    case 'CRITICAL':
      return 'failing';
    case 'WARNING':
      return 'degraded';
    case 'OK':
      return 'ok';
  }
}

export function expiryWord(expiryClass: CertificateExpiryClass): string {
  switch (expiryClass) {
    case 'EXPIRED':
      return 'Expired';
    case 'CRITICAL':
      return 'Critical';
    case 'WARNING':
      return 'Warning';
    case 'OK':
      return 'OK';
  }
}

export function roleWord(role: CertificateRole): string {
  switch (role) {
    case 'ROOT':
      return 'Root';
    case 'INTERMEDIATE':
      return 'Intermediate';
    case 'ISSUER':
      return 'Issuer';
    case 'LEAF':
      return 'Leaf';
    case 'WEBHOOK':
      return 'Webhook CA';
    case 'AGENT_CA':
      return 'Agent CA';
  }
}

export function severityTone(severity: TrustFindingSeverity): StateTone {
  switch (severity) {
    case 'ERROR':
      return 'failing';
    case 'WARNING':
      return 'degraded';
    case 'INFO':
      return 'ok';
  }
}

/** `EXPIRED,CRITICAL` from the URL; unknown words are dropped, the order is the page's. */
export function parseClassList(param: string | null): CertificateExpiryClass[] {
  const wanted = new Set((param ?? '').split(',').map((v) => v.trim().toUpperCase()));
  return expiryClasses.filter((c) => wanted.has(c));
}

export function formatClassList(classes: readonly CertificateExpiryClass[]): string | null {
  return classes.length ? expiryClasses.filter((c) => classes.includes(c)).join(',') : null;
}
