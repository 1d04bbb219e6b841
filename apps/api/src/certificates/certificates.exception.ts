export enum CertificatesErrorCode {
  CERTIFICATE_NOT_FOUND = 'CERTIFICATE_NOT_FOUND',
}

/** A certificate request that cannot be answered; mapped to a GraphQL error with the code. */
export class CertificatesException extends Error {
  constructor(
    readonly code: CertificatesErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CertificatesException';
  }
}
