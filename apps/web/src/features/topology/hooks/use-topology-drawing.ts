import { useEffect, useRef, useState } from 'react';
import { type TopologyQueryVariables } from '../graphql/topology-data';
import { type CameraRequest, type TopologyGraph } from '../graph/topology-graph';
import { sharedLayoutClient } from '../layout/box-layout-client';
import { layoutRequestFor, toGeometry } from '../layout/graph-geometry';
import { type TopologyIndex } from '../model/topology-index';
import { type ViewportState } from '../model/topology-view';
import { type TopologySnapshot } from './use-topology-data';

export interface DrawingState {
  /** The snapshot on screen (its drawing finished). */
  drawnKey: string | undefined;
  error: Error | undefined;
}

/**
 * Lays out each new snapshot in the worker and hands it to the graph. The first drawing of a
 * filter takes the camera from the URL (or fits the graph); refreshes keep the camera where the
 * user left it. A layout that finishes after a newer snapshot arrived is dropped.
 */
export function useTopologyDrawing(
  graph: TopologyGraph | null,
  snapshot: TopologySnapshot | undefined,
  index: TopologyIndex | undefined,
  viewport: ViewportState | null,
): DrawingState {
  const viewportRef = useRef(viewport);
  useEffect(() => {
    viewportRef.current = viewport;
  });
  const lastKey = useRef<string | undefined>(undefined);
  const [state, setState] = useState<DrawingState>({ drawnKey: undefined, error: undefined });

  useEffect(() => {
    if (!graph || !snapshot || !index) return undefined;
    let current = true;
    const request = layoutRequestFor(index, graph.aspectRatio());
    const variables = JSON.parse(snapshot.key) as TopologyQueryVariables;
    const granularity = variables.filter?.granularity ?? 'SERVICE';
    sharedLayoutClient()
      .layout(request)
      .then(async (result) => {
        if (!current) return;
        const layoutDoneAt = performance.now();
        const camera: CameraRequest =
          lastKey.current === snapshot.key ? 'keep' : (viewportRef.current ?? 'fit');
        lastKey.current = snapshot.key;
        await graph.show(index, toGeometry(request, result), granularity, camera, {
          dataArrivedAt: snapshot.arrivedAt,
          layoutDoneAt,
          layoutMs: result.durationMs,
        });
        if (current) setState({ drawnKey: snapshot.key, error: undefined });
      })
      .catch((error: unknown) => {
        if (current) setState((previous) => ({ ...previous, error: error as Error }));
      });
    return () => {
      current = false;
    };
  }, [graph, snapshot, index]);

  return state;
}
