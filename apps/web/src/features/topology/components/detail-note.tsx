import { type SceneSummary } from '../graph/topology-graph';

/** Says what the zoomed-out drawing leaves out, so a missing edge is never a silent surprise. */
export function DetailNote({ scene }: { scene: SceneSummary }) {
  if (scene.full || scene.closedBoxes === 0) return null;
  return (
    <p className="topology-detail-note" data-testid="topology-detail-note">
      Zoomed out: {scene.closedBoxes} boxes drawn closed with their counts
      {scene.omittedBoxEdges > 0 &&
        `; ${(scene.boxEdges - scene.omittedBoxEdges).toLocaleString()} of ${scene.boxEdges.toLocaleString()} box-to-box edges shown (problems and the busiest first)`}
      . Zoom in or click a box to open it.
    </p>
  );
}
