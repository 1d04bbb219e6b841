/** State of a certificate source the hub reads itself (the Consul API), per mesh. */
export enum CertificateSourceState {
  /** No address is configured for this cluster: its Connect CA cannot be seen. */
  NOT_CONFIGURED = 'NOT_CONFIGURED',
  PENDING = 'PENDING',
  OK = 'OK',
  ERROR = 'ERROR',
}
