import { useLiveQuery } from '../../../shared/hooks/use-live-query';
import { certificateDetailQuery } from '../graphql/certificate-detail.query';
import { affectsCertificates } from '../utils/certificate-ids';
import { certificatesRefresh } from './use-certificates';

export function useCertificateDetail(id: string) {
  return useLiveQuery(
    certificateDetailQuery,
    { id },
    { ...certificatesRefresh, affectedBy: affectsCertificates },
  );
}
