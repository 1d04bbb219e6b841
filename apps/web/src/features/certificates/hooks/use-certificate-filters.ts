import { useMemo } from 'react';
import { type CertificateExpiryClass } from '../../../graphql/generated/graphql';
import { useSearchParam } from '../../../shared/hooks/use-search-param';
import { useSearchParamText } from '../../../shared/hooks/use-search-param-text';
import { formatClassList, parseClassList } from '../utils/expiry-class';
import { type CertificateFilters } from '../utils/filter-certificates';
import { isTimelineSpan, type TimelineSpan } from '../utils/timeline-layout';

export interface CertificateFilterState {
  filters: CertificateFilters;
  span: TimelineSpan;
  setClasses: (classes: readonly CertificateExpiryClass[]) => void;
  setCluster: (cluster: string | null) => void;
  setMesh: (mesh: string | null) => void;
  setText: (text: string) => void;
  setSpan: (span: TimelineSpan) => void;
}

/** The page's whole view state, in the URL: `class`, `cluster`, `mesh`, `q`, `span`. */
export function useCertificateFilters(): CertificateFilterState {
  const [classParam, setClassParam] = useSearchParam('class', 'push');
  const [cluster, setCluster] = useSearchParam('cluster', 'push');
  const [mesh, setMesh] = useSearchParam('mesh', 'push');
  const [spanParam, setSpanParam] = useSearchParam('span', 'push');
  const [text, setText] = useSearchParamText('q');
  const filters = useMemo(
    () => ({
      classes: parseClassList(classParam),
      ...(cluster && { cluster }),
      ...(mesh && { mesh }),
      text,
    }),
    [classParam, cluster, mesh, text],
  );
  return {
    filters,
    span: isTimelineSpan(spanParam) ? spanParam : '1y',
    setClasses: (classes) => setClassParam(formatClassList(classes)),
    setCluster,
    setMesh,
    setText,
    setSpan: (span) => setSpanParam(span === '1y' ? null : span),
  };
}
