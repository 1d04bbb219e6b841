import { useMemo } from 'react';
import { isMeshKind } from '../../../shared/format/mesh-kind-label';
import { useSearchParam } from '../../../shared/hooks/use-search-param';
import { useSearchParamText } from '../../../shared/hooks/use-search-param-text';
import { type ServiceFilter } from '../utils/service-filter';

export interface ServiceFilterState {
  filter: ServiceFilter;
  /** The raw `kind` parameter, shown in its select even when it names no known kind. */
  kindParam: string | null;
  setText: (text: string) => void;
  setCluster: (cluster: string | null) => void;
  setNamespace: (namespace: string | null) => void;
  setKind: (kind: string | null) => void;
}

/** The Services filter as URL parameters: `cluster`, `namespace`, `kind` and `q`. */
export function useServiceFilter(): ServiceFilterState {
  const [text, setText] = useSearchParamText('q');
  const [cluster, setClusterParam] = useSearchParam('cluster', 'push');
  const [namespace, setNamespace] = useSearchParam('namespace', 'push');
  const [kindParam, setKind] = useSearchParam('kind', 'push');
  const filter = useMemo<ServiceFilter>(
    () => ({
      text,
      cluster: cluster ?? undefined,
      namespace: namespace ?? undefined,
      kind: isMeshKind(kindParam) ? kindParam : undefined,
    }),
    [text, cluster, namespace, kindParam],
  );
  return {
    filter,
    kindParam,
    setText,
    // Namespaces are per cluster: a namespace chosen in one cluster means nothing in another.
    setCluster: (value) => {
      setClusterParam(value);
      if (namespace) setNamespace(null);
    },
    setNamespace,
    setKind,
  };
}
