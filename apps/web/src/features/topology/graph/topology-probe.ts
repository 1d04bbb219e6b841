/** Timestamps (performance.now()) of one drawing, from the data's arrival to the painted frame. */
export interface TopologyDrawRecord {
  dataArrivedAt: number;
  layoutDoneAt: number;
  /** Layout time inside the worker. */
  layoutMs: number;
  sceneAppliedAt: number;
  drawnAt: number;
  nodes: number;
  edges: number;
  /** Elements in cytoscape for this drawing (boxes, nodes and edges at the level of detail). */
  drawnElements: number;
}

/**
 * A window.__meshworkTopology hook for the benchmark and browser tests: what was drawn and when,
 * and a few camera moves. Read-only for the graph's data; nothing here changes what is shown.
 */
export interface TopologyProbe {
  draws: TopologyDrawRecord[];
  /** Frames cytoscape rendered since the page opened. */
  renderCount(): number;
  panBy(dx: number, dy: number): void;
  zoomTo(zoom: number): void;
  fit(): void;
  /**
   * Draws every node whatever the zoom (true) or goes back to the detail levels (false); resolves
   * with the milliseconds until the frame was drawn. For measuring, not for users.
   */
  drawEverything(all: boolean): Promise<number>;
  /** What cytoscape holds right now. */
  counts(): { nodes: number; edges: number; openNamespaces: number; summaries: number };
  /** Ids and classes of drawn nodes, for tests. */
  drawnNodes(): Array<{ id: string; classes: string[] }>;
  drawnEdges(): Array<{ id: string; source: string; target: string; classes: string[] }>;
  /** The on-screen centre of a drawn element, relative to the graph's container. */
  screenPosition(id: string): { x: number; y: number } | null;
}

declare global {
  interface Window {
    __meshworkTopology?: TopologyProbe;
  }
}

export function installProbe(probe: TopologyProbe): () => void {
  window.__meshworkTopology = probe;
  return () => {
    if (window.__meshworkTopology === probe) delete window.__meshworkTopology;
  };
}
