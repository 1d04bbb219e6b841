import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { type HistoryMode } from '../../../shared/hooks/use-search-param';
import { parseTopologyView, type TopologyView, writeTopologyView } from '../model/topology-view';

export type UpdateTopologyView = (change: Partial<TopologyView>, history?: HistoryMode) => void;

/**
 * The Topology page's whole view state, read from and written to the URL: a copied link reopens
 * the same graph, selection and camera. Filter and selection changes are history steps (Back
 * undoes them); camera moves replace the current entry.
 */
export function useTopologyView(): [TopologyView, UpdateTopologyView] {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => parseTopologyView(params), [params]);
  const update = useCallback<UpdateTopologyView>(
    (change, history = 'push') => {
      // The browser's URL, not this render's: a camera write scheduled earlier must not undo a
      // filter changed since.
      const current = new URLSearchParams(window.location.search);
      const next = writeTopologyView(current, change);
      if (next.toString() === current.toString()) return;
      setParams(next, { replace: history === 'replace' });
    },
    [setParams],
  );
  return [view, update];
}
