import { useMemo } from 'react';
import { Outlet, useLocation, useMatch } from 'react-router';
import { FilterBox } from '../../../shared/components/filter-box';
import { FreshnessNote } from '../../../shared/components/freshness-note';
import { SelectFilter } from '../../../shared/components/select-filter';
import { useNow } from '../../../shared/hooks/use-now';
import { compareNames } from '../../../shared/utils/compare';
import { certificatesRefresh, useCertificates } from '../hooks/use-certificates';
import { useCertificateFilters } from '../hooks/use-certificate-filters';
import { countByClass, filterCertificates, filterFindings } from '../utils/filter-certificates';
import { CertificateTimeline } from './certificate-timeline';
import { CertificatesTable } from './certificates-table';
import { ClassToggles } from './class-toggles';
import { TrustFindings } from './trust-findings';
import './certificates-page.css';

const defaultThresholds = { criticalDays: 7, warningDays: 60 };

/**
 * Every certificate of every mesh in every cluster, soonest expiry first, with what the hub concluded
 * about trust on top and a timeline across clusters and meshes; the whole view lives in the URL.
 */
export function CertificatesPage() {
  const { data, error, fetchedAt, paused, live } = useCertificates();
  const { filters, span, setClasses, setCluster, setMesh, setText, setSpan } =
    useCertificateFilters();
  const { search } = useLocation();
  const selectedId = useMatch('/certificates/:certificateId')?.params.certificateId;
  const now = useNow(1_000, !paused);

  const all = data?.certificates;
  const rows = useMemo(() => filterCertificates(all ?? [], filters), [all, filters]);
  const counts = useMemo(
    () => countByClass(filterCertificates(all ?? [], { ...filters, classes: [] })),
    [all, filters],
  );
  const findings = useMemo(
    () => filterFindings(data?.trustFindings ?? [], filters),
    [data?.trustFindings, filters],
  );
  const sources = useMemo(
    () =>
      (data?.certificateSources ?? []).filter(
        (s) =>
          (!filters.cluster || s.cluster === filters.cluster) &&
          (!filters.mesh || s.mesh === filters.mesh),
      ),
    [data?.certificateSources, filters],
  );
  const byId = useMemo(() => new Map((all ?? []).map((c) => [c.id, c])), [all]);
  const clusterOptions = useMemo(
    () =>
      [...new Set((all ?? []).map((c) => c.cluster))]
        .sort(compareNames)
        .map((name) => ({ value: name, label: name })),
    [all],
  );
  const meshOptions = useMemo(() => {
    const meshes = new Map<string, string>();
    for (const c of all ?? []) meshes.set(c.mesh, `${c.cluster} / ${c.meshName ?? c.mesh}`);
    return [...meshes]
      .sort((a, b) => compareNames(a[1], b[1]))
      .map(([value, label]) => ({ value, label }));
  }, [all]);
  const thresholds = data?.certificateSummary ?? defaultThresholds;
  const stale = (data?.clusters ?? []).filter((c) => c.stale).map((c) => c.name);
  const filtered = Boolean(
    filters.classes.length || filters.cluster || filters.mesh || filters.text,
  );

  return (
    <section className="page certificates-page" aria-labelledby="certificates-heading">
      <title>Certificates · Meshwork</title>
      <header className="page-header">
        <div>
          <h1 id="certificates-heading">Certificates</h1>
          {all && (
            <p className="page-summary" data-testid="certificates-summary">
              {all.length} certificates in {clusterOptions.length} clusters
              {stale.length > 0 && (
                <span className="summary-problem tone-degraded">
                  last known data for {stale.join(', ')}
                </span>
              )}
            </p>
          )}
        </div>
        <FreshnessNote
          fetchedAt={fetchedAt}
          error={error?.message}
          paused={paused}
          intervalMs={
            live === 'live'
              ? certificatesRefresh.liveIntervalMs
              : certificatesRefresh.fallbackIntervalMs
          }
          now={now}
          live={live}
        />
      </header>
      <div className="page-toolbar">
        <FilterBox
          value={filters.text}
          onChange={setText}
          label="Filter certificates"
          placeholder="Filter certificates"
        />
        <ClassToggles
          counts={counts}
          selected={filters.classes}
          onChange={setClasses}
          thresholds={thresholds}
        />
        <SelectFilter
          label="Mesh"
          allLabel="All meshes"
          value={filters.mesh ?? null}
          options={meshOptions}
          onChange={setMesh}
        />
        <SelectFilter
          label="Cluster"
          allLabel="All clusters"
          value={filters.cluster ?? null}
          options={clusterOptions}
          onChange={setCluster}
        />
        {all && filtered && (
          <span className="muted" data-testid="certificates-shown">
            Showing {rows.length} of {all.length}
          </span>
        )}
      </div>
      <TrustFindings
        findings={findings}
        sources={sources}
        certificatesById={byId}
        search={search}
      />
      <CertificateTimeline
        rows={rows}
        now={now}
        span={span}
        onSpan={setSpan}
        thresholds={thresholds}
        search={search}
      />
      <div className={`certificates-body${selectedId ? ' has-detail' : ''}`}>
        <CertificatesTable
          rows={rows}
          now={now}
          selectedId={selectedId}
          search={search}
          emptyMessage={
            all === undefined
              ? error
                ? `Could not load certificates: ${error.message}`
                : 'Loading certificates…'
              : all.length === 0
                ? 'No mesh certificates found in any cluster yet.'
                : 'No certificates match the filter.'
          }
        />
        <Outlet />
      </div>
    </section>
  );
}
