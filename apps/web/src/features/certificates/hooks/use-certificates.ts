import { useLiveQuery } from '../../../shared/hooks/use-live-query';
import { certificatesQuery } from '../graphql/certificates.query';
import { affectsCertificates } from '../utils/certificate-ids';

/**
 * Certificates change with fleet changes (pushed); their class changes with time alone, which no
 * fleet change announces: the poll picks that up.
 */
export const certificatesRefresh = { liveIntervalMs: 60_000, fallbackIntervalMs: 15_000 };

const noVariables = {};

export function useCertificates() {
  return useLiveQuery(certificatesQuery, noVariables, {
    ...certificatesRefresh,
    affectedBy: affectsCertificates,
  });
}
