import { type X509Certificate } from 'node:crypto';

/** The public facts of one X.509 certificate, read once, plus the parsed object for signature checks. */
export interface ParsedCertificate {
  x509: X509Certificate;
  subject: string;
  issuer: string;
  serial: string;
  sans: string[];
  keyAlgorithm: string;
  keySize?: number;
  curve?: string;
  notBefore: string;
  notAfter: string;
  sha256Fingerprint: string;
  isCA: boolean;
  pathLen?: number;
  /** Re-encoded from the DER, so nothing but this one certificate can come along. */
  pem: string;
  selfSigned: boolean;
}
