import { type CertificateChainCheck, CertificateChainStatus } from '@meshwork/model';
import { BoundedMemo } from './bounded-memo';
import { type ParsedCertificate } from './parsed-certificate';

interface Candidate {
  id: string;
  parsed: ParsedCertificate;
}

/**
 * Checks each certificate against the others found with it: self-signed, signed by one of them (the
 * signature verified with that issuer's public key), or not. A name match alone is never enough.
 */
export function checkChains(entries: readonly Candidate[]): Map<string, CertificateChainCheck> {
  const checks = new Map<string, CertificateChainCheck>();
  for (const entry of entries) checks.set(entry.id, checkOne(entry, entries));
  return checks;
}

function checkOne(entry: Candidate, all: readonly Candidate[]): CertificateChainCheck {
  const { parsed } = entry;
  if (parsed.selfSigned) {
    return { status: CertificateChainStatus.SELF_SIGNED, message: 'self-signed root' };
  }
  const named = all.filter((c) => c.id !== entry.id && c.parsed.subject === parsed.issuer);
  for (const candidate of named) {
    if (issued(parsed, candidate.parsed)) {
      return {
        status: CertificateChainStatus.VALID,
        issuerId: candidate.id,
        message: `signed by "${candidate.parsed.subject}" (signature verified)`,
      };
    }
  }
  if (named.length > 0) {
    return {
      status: CertificateChainStatus.SIGNATURE_INVALID,
      message:
        `a certificate named "${parsed.issuer}" was found, but the signature does not verify` +
        ' with its key (the issuer was re-keyed, or this certificate was signed by another CA)',
    };
  }
  return {
    status: CertificateChainStatus.ISSUER_NOT_FOUND,
    message: `its issuer "${parsed.issuer}" is not among the mesh's certificates`,
  };
}

// A signature check costs up to a quarter millisecond and its answer never changes for the pair.
const verified = new BoundedMemo<boolean>(4_096);

function issued(child: ParsedCertificate, parent: ParsedCertificate): boolean {
  return verified.get(`${child.sha256Fingerprint}>${parent.sha256Fingerprint}`, () => {
    try {
      return child.x509.checkIssued(parent.x509) && child.x509.verify(parent.x509.publicKey);
    } catch {
      return false;
    }
  });
}
