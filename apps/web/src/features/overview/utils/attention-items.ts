import { type StateTone } from '../../../shared/components/state-icon';
import { meshKindLabel } from '../../../shared/format/mesh-kind-label';
import { compareNames } from '../../../shared/utils/compare';
import { type OverviewCluster, type OverviewMesh } from '../graphql/overview-rows';

/** One thing on the Overview that needs a person, with where to look next. */
export interface AttentionItem {
  key: string;
  tone: Exclude<StateTone, 'ok'>;
  title: string;
  detail?: string;
  link: string;
}

const toneOrder: Record<AttentionItem['tone'], number> = { failing: 0, degraded: 1, unknown: 2 };

// Errors that leave part of a cluster unread; a kind the cluster does not serve is only a note.
const readErrorCodes = new Set([
  'FORBIDDEN',
  'ADAPTER_FAILED',
  'INVALID_OBJECT',
  'TIMEOUT',
  'UNKNOWN',
]);

const clusterLink = (name: string) => `/clusters?q=${encodeURIComponent(name)}`;

function clusterItems(cluster: OverviewCluster): AttentionItem[] {
  const key = `cluster:${cluster.name}`;
  const link = clusterLink(cluster.name);
  const lastKnown = cluster.stale ? 'showing its last known state' : undefined;
  switch (cluster.reachability) {
    case 'UNREACHABLE':
      return [
        {
          key,
          tone: 'failing',
          title: `${cluster.name} is unreachable`,
          detail: [lastKnown, cluster.error].filter(Boolean).join(' · ') || undefined,
          link,
        },
      ];
    case 'UNAUTHORIZED':
      return [
        {
          key,
          tone: 'degraded',
          title: `${cluster.name} refuses Meshwork’s credentials`,
          detail: [lastKnown, cluster.error].filter(Boolean).join(' · ') || undefined,
          link,
        },
      ];
    case 'PENDING':
      return [{ key, tone: 'unknown', title: `${cluster.name} has not been checked yet`, link }];
    case 'REACHABLE': {
      const readErrors = cluster.errors.filter((error) => readErrorCodes.has(error.code));
      if (readErrors.length === 0) return [];
      return [
        {
          key: `${key}:errors`,
          tone: 'degraded',
          title: `${cluster.name}: ${readErrors.length} ${readErrors.length === 1 ? 'kind' : 'kinds'} could not be read`,
          detail: readErrors.map((error) => error.message).join(' · '),
          link,
        },
      ];
    }
  }
}

function meshItem(mesh: OverviewMesh): AttentionItem | undefined {
  if (mesh.health === 'HEALTHY') return undefined;
  const tone =
    mesh.health === 'DOWN' ? 'failing' : mesh.health === 'DEGRADED' ? 'degraded' : 'unknown';
  const state = mesh.health === 'UNKNOWN' ? 'in an unknown state' : mesh.health.toLowerCase();
  return {
    key: `mesh:${mesh.id}`,
    tone,
    title: `${meshKindLabel(mesh.kind)} control plane in ${mesh.cluster.name} is ${state}`,
    detail: mesh.controlPlanes
      .filter((cp) => cp.health !== 'HEALTHY')
      .map((cp) => `${cp.name} ${cp.readyReplicas}/${cp.desiredReplicas} ready`)
      .join(' · '),
    link: `/meshes?cluster=${encodeURIComponent(mesh.cluster.name)}&kind=${mesh.kind}`,
  };
}

/** Clusters whose kinds are missing, in one line: worth knowing, rarely worth acting on. */
function kindsNotServedItem(clusters: readonly OverviewCluster[]): AttentionItem | undefined {
  const missing = clusters.filter(
    (cluster) =>
      cluster.reachability === 'REACHABLE' &&
      cluster.errors.some((error) => error.code === 'KIND_NOT_SERVED'),
  );
  if (missing.length === 0) return undefined;
  const kinds = new Set(
    missing.flatMap((cluster) =>
      cluster.errors
        .filter((error) => error.code === 'KIND_NOT_SERVED')
        .map((error) => [error.resource, error.group].filter(Boolean).join('.')),
    ),
  );
  return {
    key: 'kinds-not-served',
    tone: 'unknown',
    title: `${missing.length} ${missing.length === 1 ? 'cluster does' : 'clusters do'} not serve some kinds Meshwork reads`,
    detail: [...kinds].sort().join(', '),
    link: '/clusters',
  };
}

/** What needs attention across the fleet, worst first: failing, then degraded, then unknown. */
export function attentionItems(
  clusters: readonly OverviewCluster[],
  meshes: readonly OverviewMesh[],
): AttentionItem[] {
  const items = [
    ...[...clusters].sort((a, b) => compareNames(a.name, b.name)).flatMap(clusterItems),
    ...meshes.flatMap((mesh) => meshItem(mesh) ?? []),
  ];
  items.sort((a, b) => toneOrder[a.tone] - toneOrder[b.tone]);
  const note = kindsNotServedItem(clusters);
  return note ? [...items, note] : items;
}
