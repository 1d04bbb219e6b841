import { type CertificateSource } from '@meshwork/model';
import { type RoleRule } from './certificate-role-rules';
import { type ParsedCertificate } from './parsed-certificate';

/** How to read one PEM value: where it is stored, and what its certificates are for. */
export interface CertificateReadOptions {
  role: RoleRule;
  /** Shown with the certificate, e.g. what an agent CA is not. */
  note?: string;
  /**
   * The trust domain the mesh's naming rule reads from a certificate (Linkerd's issuer is named
   * `identity.<ns>.<trust domain>`). A SPIFFE URI SAN, when present, wins.
   */
  trustDomainOf?: (certificate: ParsedCertificate) => string | undefined;
}

export interface CertificateInput extends CertificateReadOptions {
  /** Where the value is stored; each certificate of the bundle adds its position. */
  source: Omit<CertificateSource, 'index'>;
  /** The PEM text (already base64-decoded for Secrets and caBundles). */
  text: string;
}
