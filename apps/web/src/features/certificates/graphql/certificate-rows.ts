import {
  type CertificateDetailQuery,
  type CertificatesQuery,
} from '../../../graphql/generated/graphql';

/** One certificate as the Certificates query returns it. */
export type CertificateRow = CertificatesQuery['certificates'][number];
export type TrustFindingRow = CertificatesQuery['trustFindings'][number];
export type CertificateSourceRow = CertificatesQuery['certificateSources'][number];
export type CertificateDetail = NonNullable<CertificateDetailQuery['certificate']>;
