import { type TopologyFilter, type TopologyQueryVariables } from '../graphql/topology-data';
import { type TopologyView } from './topology-view';

/** The query variables for a view: only what changes the answer (not the selection or camera). */
export function topologyVariables(view: TopologyView): TopologyQueryVariables {
  const filter: TopologyFilter = { granularity: view.granularity };
  if (view.clusters.length > 0) filter.clusters = view.clusters;
  if (view.namespaces.length > 0) filter.namespaces = view.namespaces;
  if (view.meshes.length > 0) filter.meshes = view.meshes;
  if (view.find.trim() !== '') filter.find = view.find.trim();
  if (view.hide.trim() !== '') filter.hide = view.hide.trim();
  return { filter, window: view.windowSeconds };
}
