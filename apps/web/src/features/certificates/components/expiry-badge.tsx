import { type CertificateExpiryClass } from '../../../graphql/generated/graphql';
import { StateBadge } from '../../../shared/components/state-badge';
import { expiryTone, expiryWord } from '../utils/expiry-class';

/** The expiry class as a word with its icon; red for expired and critical. */
export function ExpiryBadge({
  expiryClass,
  title,
}: {
  expiryClass: CertificateExpiryClass;
  title?: string;
}) {
  return (
    <StateBadge tone={expiryTone(expiryClass)} state={expiryClass} title={title}>
      {expiryWord(expiryClass)}
    </StateBadge>
  );
}
