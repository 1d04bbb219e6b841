const SPIFFE = /^URI:spiffe:\/\/([^/]+)/i;

/** The trust domain of the first SPIFFE URI among a certificate's SANs (`URI:spiffe://td/...`). */
export function spiffeTrustDomain(sans: readonly string[]): string | undefined {
  for (const san of sans) {
    const match = SPIFFE.exec(san);
    if (match) return match[1]!.toLowerCase();
  }
  return undefined;
}
