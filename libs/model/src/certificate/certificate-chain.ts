import { type Certificate } from './certificate';

const MAX_CHAIN = 16;

/**
 * The certificate and its issuers, following `chain.issuerId` up to a root or to the first issuer not
 * found. A loop (two CAs signing each other) ends the walk instead of running forever.
 */
export function chainOf(
  certificate: Certificate,
  byId: ReadonlyMap<string, Certificate>,
): Certificate[] {
  const chain = [certificate];
  const seen = new Set([certificate.id]);
  let current = certificate;
  while (chain.length < MAX_CHAIN) {
    const issuerId = current.chain.issuerId;
    if (!issuerId || seen.has(issuerId)) break;
    const issuer = byId.get(issuerId);
    if (!issuer) break;
    chain.push(issuer);
    seen.add(issuerId);
    current = issuer;
  }
  return chain;
}

/** Soonest notAfter first; ties by id, so the order is stable. */
export function compareByExpiry(a: Certificate, b: Certificate): number {
  return Date.parse(a.notAfter) - Date.parse(b.notAfter) || a.id.localeCompare(b.id);
}
