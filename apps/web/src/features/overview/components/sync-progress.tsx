import { type FleetTotals } from '../graphql/overview-rows';

/** "3 of 5 clusters synced" while the hub is still listing clusters: counts below may still grow. */
export function SyncProgress({ fleet }: { fleet: FleetTotals }) {
  if (fleet.clusters === 0 || fleet.clustersSynced >= fleet.clusters) return null;
  return (
    <p className="sync-progress" role="status" data-testid="sync-progress">
      <progress max={fleet.clusters} value={fleet.clustersSynced} />
      {fleet.clustersSynced} of {fleet.clusters} clusters synced · counts below are still growing
    </p>
  );
}
