import { CertificateRole } from '@meshwork/model';
import { type ParsedCertificate } from './parsed-certificate';

/** Decides the role of each certificate of a bundle from its position and its own facts. */
export type RoleRule = (
  certificate: ParsedCertificate,
  index: number,
  count: number,
) => CertificateRole;

/** Every certificate of the bundle has this role. */
export const fixedRole =
  (role: CertificateRole): RoleRule =>
  () =>
    role;

/** Trust bundles: roots when self-signed, otherwise CAs below a root, or leaves. */
export const trustBundleRole: RoleRule = (certificate) =>
  certificate.selfSigned
    ? CertificateRole.ROOT
    : certificate.isCA
      ? CertificateRole.INTERMEDIATE
      : CertificateRole.LEAF;

/**
 * A chain file (signing certificate first, root last): the first certificate has `first` unless it
 * is self-signed (a root plugged in directly), the others are intermediates or the root.
 */
export const chainRole =
  (first: CertificateRole): RoleRule =>
  (certificate, index, count) =>
    certificate.selfSigned
      ? CertificateRole.ROOT
      : index === 0
        ? first
        : trustBundleRole(certificate, index, count);
