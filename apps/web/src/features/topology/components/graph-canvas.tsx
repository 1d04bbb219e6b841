import { memo, useEffect, useRef } from 'react';
import { TopologyGraph, type TopologyGraphListener } from '../graph/topology-graph';
import { type EdgeLabelMode } from '../model/topology-view';

interface GraphCanvasProps {
  /** Read once, when the graph is created; changes go through the graph's methods. */
  listener: TopologyGraphListener;
  initialEdgeLabel: EdgeLabelMode;
  onGraph: (graph: TopologyGraph | null) => void;
}

/**
 * The element cytoscape draws into. It renders once: cytoscape owns everything inside the
 * container, and a React re-render there would fight it. The page drives the graph through the
 * `TopologyGraph` it receives in `onGraph`.
 */
export const GraphCanvas = memo(
  function GraphCanvas({ listener, initialEdgeLabel, onGraph }: GraphCanvasProps) {
    const container = useRef<HTMLDivElement>(null);
    const initial = useRef({ listener, initialEdgeLabel, onGraph });
    useEffect(() => {
      const { listener: events, initialEdgeLabel: edgeLabel, onGraph: report } = initial.current;
      const graph = new TopologyGraph(container.current!, events, edgeLabel);
      report(graph);
      return () => {
        report(null);
        graph.destroy();
      };
    }, []);
    return (
      <div
        ref={container}
        className="topology-canvas"
        data-testid="topology-canvas"
        role="img"
        aria-label="Traffic graph; the side panel lists the selection's details and neighbours"
      />
    );
  },
  () => true,
);
