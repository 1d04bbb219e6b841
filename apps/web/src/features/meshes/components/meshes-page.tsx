import { useMemo } from 'react';
import { FilterBox } from '../../../shared/components/filter-box';
import { FilterChip } from '../../../shared/components/filter-chip';
import { FreshnessNote } from '../../../shared/components/freshness-note';
import { SelectFilter } from '../../../shared/components/select-filter';
import { isMeshKind, meshKindLabel, meshKinds } from '../../../shared/format/mesh-kind-label';
import { useNow } from '../../../shared/hooks/use-now';
import { useSearchParam } from '../../../shared/hooks/use-search-param';
import { useSearchParamText } from '../../../shared/hooks/use-search-param-text';
import { compareNames } from '../../../shared/utils/compare';
import { meshesRefresh, useMeshes } from '../hooks/use-meshes';
import { filterMeshes } from '../utils/filter-meshes';
import { meshSortParam } from '../utils/mesh-sort';
import { sortMeshes } from '../utils/sort-meshes';
import { MeshesSummary } from './meshes-summary';
import { MeshesTable } from './meshes-table';

/** Every mesh in every cluster, unhealthy control planes first; filters and sort live in the URL. */
export function MeshesPage() {
  const { data, error, fetchedAt, paused, live } = useMeshes();
  const [text, setText] = useSearchParamText('q');
  const [kindParam, setKind] = useSearchParam('kind', 'push');
  const [cluster, setCluster] = useSearchParam('cluster', 'push');
  const [version, setVersion] = useSearchParam('version', 'push');
  const [sortParam, setSortParam] = useSearchParam('sort', 'push');
  const sort = useMemo(() => meshSortParam.parse(sortParam), [sortParam]);
  const kind = isMeshKind(kindParam) ? kindParam : undefined;
  const now = useNow(1_000, !paused);

  const meshes = data?.meshes;
  const rows = useMemo(
    () =>
      sortMeshes(
        filterMeshes(meshes ?? [], {
          kind,
          cluster: cluster ?? undefined,
          version: version ?? undefined,
          text,
        }),
        sort,
      ),
    [meshes, kind, cluster, version, text, sort],
  );
  const staleClusters = useMemo(
    () => new Set((data?.clusters ?? []).filter((c) => c.stale).map((c) => c.name)),
    [data?.clusters],
  );
  const clusterOptions = useMemo(
    () =>
      [...new Set((meshes ?? []).map((mesh) => mesh.cluster.name))]
        .sort(compareNames)
        .map((name) => ({ value: name, label: name })),
    [meshes],
  );
  const kindOptions = meshKinds
    .filter((k) => meshes?.some((mesh) => mesh.kind === k))
    .map((k) => ({ value: k, label: meshKindLabel(k) }));
  const filtered = Boolean(text || kind || cluster || version);

  return (
    <section className="page meshes-page" aria-labelledby="meshes-heading">
      <title>Meshes · Meshwork</title>
      <header className="page-header">
        <div>
          <h1 id="meshes-heading">Meshes</h1>
          {meshes && <MeshesSummary meshes={meshes} />}
        </div>
        <FreshnessNote
          fetchedAt={fetchedAt}
          error={error?.message}
          paused={paused}
          intervalMs={
            live === 'live' ? meshesRefresh.liveIntervalMs : meshesRefresh.fallbackIntervalMs
          }
          now={now}
          live={live}
        />
      </header>
      <div className="page-toolbar">
        <FilterBox
          value={text}
          onChange={setText}
          label="Filter meshes"
          placeholder="Filter meshes"
        />
        <SelectFilter
          label="Kind"
          allLabel="All kinds"
          value={kindParam}
          options={kindOptions}
          onChange={setKind}
        />
        <SelectFilter
          label="Cluster"
          allLabel="All clusters"
          value={cluster}
          options={clusterOptions}
          onChange={setCluster}
        />
        {version && <FilterChip label={`version ${version}`} onRemove={() => setVersion(null)} />}
        {meshes && filtered && (
          <span className="muted" data-testid="meshes-shown">
            Showing {rows.length} of {meshes.length}
          </span>
        )}
      </div>
      <MeshesTable
        rows={rows}
        links={data?.meshLinks ?? []}
        staleClusters={staleClusters}
        sort={sort}
        onSort={(key) => setSortParam(meshSortParam.format(meshSortParam.next(sort, key)))}
        emptyMessage={
          meshes === undefined
            ? error
              ? `Could not load meshes: ${error.message}`
              : 'Loading meshes…'
            : meshes.length === 0
              ? 'No meshes found in any cluster yet.'
              : 'No meshes match the filter.'
        }
      />
    </section>
  );
}
