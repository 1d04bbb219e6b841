import { useMemo } from 'react';
import { FreshnessNote } from '../../../shared/components/freshness-note';
import { useNow } from '../../../shared/hooks/use-now';
import { useFleetCounts } from '../hooks/use-fleet-counts';
import { overviewRefresh, useOverview } from '../hooks/use-overview';
import { type CountGroup } from '../utils/fleet-counts-query';
import { attentionItems } from '../utils/attention-items';
import { AttentionList } from './attention-list';
import { CertificateClassesCard } from './certificate-classes-card';
import { ClusterCountsTable, clusterCountKey } from './cluster-counts-table';
import { FleetStats } from './fleet-stats';
import { MeshCountsTable, meshCountKey } from './mesh-counts-table';
import { MeshKindsCard } from './mesh-kinds-card';
import { SyncProgress } from './sync-progress';
import './overview-page.css';

/** Fleet health at a glance: what needs attention first, then the counts, each a link. */
export function OverviewPage() {
  const { data, error, fetchedAt, paused, live } = useOverview();
  const now = useNow(1_000, !paused);
  const clusters = data?.clusters;
  const meshes = data?.meshes;

  const groups = useMemo<CountGroup[]>(
    () => [
      ...(clusters ?? []).map((c) => ({
        key: clusterCountKey(c.name),
        filter: { clusters: [c.name] },
      })),
      ...(meshes ?? []).map((m) => ({ key: meshCountKey(m.id), filter: { meshes: [m.id] } })),
    ],
    [clusters, meshes],
  );
  const counts = useFleetCounts(groups).data;
  const items = useMemo(() => attentionItems(clusters ?? [], meshes ?? []), [clusters, meshes]);
  const staleClusters = useMemo(
    () => new Set((clusters ?? []).filter((c) => c.stale).map((c) => c.name)),
    [clusters],
  );

  return (
    <section className="page overview-page" aria-labelledby="overview-heading">
      <title>Overview · Meshwork</title>
      <header className="page-header">
        <div>
          <h1 id="overview-heading">Overview</h1>
        </div>
        <FreshnessNote
          fetchedAt={fetchedAt}
          error={error?.message}
          paused={paused}
          intervalMs={
            live === 'live' ? overviewRefresh.liveIntervalMs : overviewRefresh.fallbackIntervalMs
          }
          now={now}
          live={live}
        />
      </header>
      {data === undefined ? (
        <p className="muted">
          {error ? `Could not load the fleet: ${error.message}` : 'Loading the fleet…'}
        </p>
      ) : (
        <>
          <SyncProgress fleet={data.fleet} />
          <AttentionList
            items={items}
            clusterCount={data.clusters.length}
            meshCount={data.meshes.length}
          />
          <FleetStats fleet={data.fleet} clusters={data.clusters} meshes={data.meshes} />
          <div className="overview-grid">
            <div>
              <CertificateClassesCard counts={data.certificateSummary} />
              <MeshKindsCard meshes={data.meshes} />
            </div>
            <ClusterCountsTable clusters={data.clusters} counts={counts} />
          </div>
          <MeshCountsTable meshes={data.meshes} staleClusters={staleClusters} counts={counts} />
        </>
      )}
    </section>
  );
}
