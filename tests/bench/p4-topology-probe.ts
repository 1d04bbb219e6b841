// The Topology page's window.__meshworkTopology hook as tests and benchmarks see it (defined by
// apps/web/src/features/topology/graph/topology-probe.ts; repeated here because tests compile
// apart from the web app).

export interface TopologyDrawRecord {
  dataArrivedAt: number;
  layoutDoneAt: number;
  layoutMs: number;
  sceneAppliedAt: number;
  drawnAt: number;
  nodes: number;
  edges: number;
  drawnElements: number;
}

export interface TopologyProbe {
  draws: TopologyDrawRecord[];
  renderCount(): number;
  panBy(dx: number, dy: number): void;
  zoomTo(zoom: number): void;
  fit(): void;
  drawEverything(all: boolean): Promise<number>;
  counts(): { nodes: number; edges: number; openNamespaces: number; summaries: number };
  drawnNodes(): Array<{ id: string; classes: string[] }>;
  drawnEdges(): Array<{ id: string; source: string; target: string; classes: string[] }>;
  screenPosition(id: string): { x: number; y: number } | null;
}

declare global {
  interface Window {
    __meshworkTopology?: TopologyProbe;
  }
}
