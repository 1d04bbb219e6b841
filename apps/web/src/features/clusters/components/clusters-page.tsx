import { useMemo } from 'react';
import { FilterBox } from '../../../shared/components/filter-box';
import { FilterChip } from '../../../shared/components/filter-chip';
import { FreshnessNote } from '../../../shared/components/freshness-note';
import { useNow } from '../../../shared/hooks/use-now';
import { useSearchParam } from '../../../shared/hooks/use-search-param';
import { useSearchParamText } from '../../../shared/hooks/use-search-param-text';
import { clustersRefreshIntervalMs, useClusters } from '../hooks/use-clusters';
import { formatClusterSort, nextClusterSort, parseClusterSort } from '../utils/cluster-sort';
import { clusterState, isClusterState } from '../utils/cluster-states';
import { filterClusters } from '../utils/filter-clusters';
import { sortClusters } from '../utils/sort-clusters';
import { ClustersSummary } from './clusters-summary';
import { ClustersTable } from './clusters-table';
import { EmptyMessage } from './empty-message';
import './clusters-page.css';

/** Every cluster the hub knows, problems first; the filter and the sort live in the URL. */
export function ClustersPage() {
  const { clusters, error, fetchedAt, paused } = useClusters();
  const [filter, setFilter] = useSearchParamText('q');
  const [stateParam, setStateParam] = useSearchParam('state', 'push');
  const state = isClusterState(stateParam) ? stateParam : undefined;
  const [sortParam, setSortParam] = useSearchParam('sort', 'push');
  const sort = useMemo(() => parseClusterSort(sortParam), [sortParam]);
  const now = useNow(1_000, !paused);

  const rows = useMemo(
    () =>
      sortClusters(
        filterClusters(clusters ?? [], filter).filter(
          (row) => !state || clusterState(row) === state,
        ),
        sort,
      ),
    [clusters, filter, state, sort],
  );

  return (
    <section className="page clusters-page" aria-labelledby="clusters-heading">
      <title>Clusters · Meshwork</title>
      <header className="page-header">
        <div>
          <h1 id="clusters-heading">Clusters</h1>
          {clusters && <ClustersSummary clusters={clusters} />}
        </div>
        <FreshnessNote
          fetchedAt={fetchedAt}
          error={error}
          paused={paused}
          intervalMs={clustersRefreshIntervalMs}
          now={now}
        />
      </header>
      <div className="page-toolbar">
        <FilterBox
          value={filter}
          onChange={setFilter}
          label="Filter clusters"
          placeholder="Filter clusters"
        />
        {state && <FilterChip label={`only ${state}`} onRemove={() => setStateParam(null)} />}
        {clusters && (filter || state) && (
          <span className="muted" data-testid="clusters-shown">
            Showing {rows.length} of {clusters.length}
          </span>
        )}
      </div>
      <ClustersTable
        rows={rows}
        sort={sort}
        onSort={(key) => setSortParam(formatClusterSort(nextClusterSort(sort, key)))}
        now={now}
        emptyMessage={
          <EmptyMessage
            clusters={clusters}
            error={error}
            filter={[filter, state && `only ${state}`].filter(Boolean).join(', ')}
            onClearFilter={() => {
              setFilter('');
              setStateParam(null);
            }}
          />
        }
      />
    </section>
  );
}
