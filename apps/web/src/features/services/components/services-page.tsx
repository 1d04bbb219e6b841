import { useCallback, useMemo } from 'react';
import { Outlet, useLocation, useMatch, useNavigate } from 'react-router';
import { FilterBox } from '../../../shared/components/filter-box';
import { FreshnessNote } from '../../../shared/components/freshness-note';
import { SelectFilter } from '../../../shared/components/select-filter';
import { useNow } from '../../../shared/hooks/use-now';
import { useSearchParam } from '../../../shared/hooks/use-search-param';
import { useAllServices } from '../hooks/use-all-services';
import { useServiceFilter } from '../hooks/use-service-filter';
import { serviceFacets } from '../utils/service-facets';
import { filterServices } from '../utils/service-filter';
import { type ServiceListRow } from '../utils/service-list-row';
import { servicePath } from '../utils/service-path';
import { serviceSortParam } from '../utils/service-sort';
import { sortServices } from '../utils/sort-services';
import { ServicesSummary } from './services-summary';
import { ServicesTable } from './services-table';
import './services-page.css';

/**
 * Every service of every cluster in one table that stays fast at 10,000 rows; the selected
 * service's detail opens beside it (`/services/<id>`), with filters and sort kept in the URL.
 */
export function ServicesPage() {
  const { data: allRows, error, fetchedAt, paused, live, progress } = useAllServices();
  const { filter, kindParam, setText, setCluster, setNamespace, setKind } = useServiceFilter();
  const [sortParam, setSortParam] = useSearchParam('sort', 'push');
  const sort = useMemo(() => serviceSortParam.parse(sortParam), [sortParam]);
  const selectedId = useMatch('/services/:serviceId')?.params.serviceId;
  const { search } = useLocation();
  const navigate = useNavigate();
  const now = useNow(1_000, !paused);

  // While the first load is under way, the rows of the pages already in.
  const shownRows = allRows ?? progress?.rows;
  const sorted = useMemo(() => sortServices(shownRows ?? [], sort), [shownRows, sort]);
  const rows = useMemo(() => filterServices(sorted, filter), [sorted, filter]);
  const facets = useMemo(
    () => serviceFacets(shownRows ?? [], filter.cluster),
    [shownRows, filter.cluster],
  );
  const onSelect = useCallback(
    (row: ServiceListRow) => {
      void navigate(servicePath(row.id, window.location.search));
    },
    [navigate],
  );
  const filtered = Boolean(filter.text || filter.cluster || filter.namespace || kindParam);

  return (
    <section className="page services-page" aria-labelledby="services-heading">
      <title>Services · Meshwork</title>
      <header className="page-header">
        <div>
          <h1 id="services-heading">Services</h1>
          <ServicesSummary rows={allRows} progress={progress} />
        </div>
        <FreshnessNote
          fetchedAt={fetchedAt}
          error={error?.message}
          paused={paused}
          intervalMs={undefined}
          now={now}
          live={live}
        />
      </header>
      <div className="page-toolbar">
        <FilterBox
          value={filter.text}
          onChange={setText}
          label="Filter services"
          placeholder="Filter services"
        />
        <SelectFilter
          label="Cluster"
          allLabel="All clusters"
          value={filter.cluster ?? null}
          options={facets.clusters}
          onChange={setCluster}
        />
        <SelectFilter
          label="Namespace"
          allLabel="All namespaces"
          value={filter.namespace ?? null}
          options={facets.namespaces}
          onChange={setNamespace}
        />
        <SelectFilter
          label="Mesh"
          allLabel="All meshes"
          value={kindParam}
          options={facets.kinds}
          onChange={setKind}
        />
        {allRows && filtered && (
          <span className="muted" data-testid="services-shown">
            Showing {rows.length.toLocaleString('en')} of {allRows.length.toLocaleString('en')}
          </span>
        )}
      </div>
      <div className={`services-body${selectedId ? ' has-detail' : ''}`}>
        <ServicesTable
          rows={rows}
          sort={sort}
          onSort={(key) => setSortParam(serviceSortParam.format(serviceSortParam.next(sort, key)))}
          selectedId={selectedId}
          onSelect={onSelect}
          search={search}
          emptyMessage={
            allRows === undefined
              ? error
                ? `Could not load services: ${error.message}`
                : 'Loading services…'
              : allRows.length === 0
                ? 'No services found in any mesh yet.'
                : 'No services match the filter.'
          }
        />
        <Outlet />
      </div>
    </section>
  );
}
