import cytoscape, { type Core, type ElementDefinition, type EventObject } from 'cytoscape';
import { type TopologyGranularity } from '../graphql/topology-data';
import { type GraphGeometry, type Rect } from '../layout/graph-geometry';
import { elementIds, parseSelectionId, selectionIdOf } from '../model/element-ids';
import { type TopologyIndex } from '../model/topology-index';
import { type EdgeLabelMode, type ViewportState } from '../model/topology-view';
import { applyScene } from './apply-scene';
import { sizeBoxLabels } from './box-labels';
import { boxesHolding, buildScene } from './build-scene';
import { cameraFor, glideTo } from './graph-animation';
import { type GraphPalette, readGraphPalette } from './graph-palette';
import { graphStyle } from './graph-style';
import {
  type Camera,
  chooseDetail,
  type DetailLevel,
  fullDetail,
  sameDetail,
} from './level-of-detail';
import { installProbe, type TopologyDrawRecord, type TopologyProbe } from './topology-probe';

export interface TopologyGraphListener {
  /** A click chose an element (its selection id) or the background (null). */
  select(id: string | null): void;
  /** The camera came to rest after a pan or zoom. */
  viewportSettled(viewport: ViewportState): void;
  /** The level of detail changed what is drawn. */
  sceneChanged(summary: SceneSummary): void;
}

/** What the drawing leaves out at the current zoom, for the note under the graph. */
export interface SceneSummary {
  full: boolean;
  closedBoxes: number;
  boxEdges: number;
  omittedBoxEdges: number;
}

/** Where the camera goes when a graph is shown: a saved view, fit to the graph, or unchanged. */
export type CameraRequest = ViewportState | 'fit' | 'keep';

export interface GraphTiming {
  dataArrivedAt: number;
  layoutDoneAt: number;
  layoutMs: number;
}

// Above this many drawn edges, arrows give way to haystack lines (see graph-style.ts).
const cheapEdgesAbove = 1_500;
// A pan or zoom counts as finished after this long without another viewport event.
const settleMs = 140;
const fitPadding = 30;
const zoomLimits = { min: 0.01, max: 4 };
const revealMargin = { x: 400, y: 260 };

type LabelBand = 'none' | 'nodes' | 'all';

// Labels from where they are 8 px on screen, the smallest that reads: edge labels (10 units) from
// zoom 0.8, node labels (15 units in the 'nodes' band, see graph-style.ts) from 0.53, so a small
// fleet fitted to the screen still shows its names. Below that cytoscape need not measure them.
function labelBand(zoom: number): LabelBand {
  if (zoom >= 0.8) return 'all';
  if (zoom >= 0.53) return 'nodes';
  return 'none';
}

/**
 * The topology drawing: owns the cytoscape instance, decides the level of detail from the camera,
 * and keeps cytoscape in step with the data through small diffs. React never renders into its
 * container; the page talks to it through these methods.
 */
export class TopologyGraph {
  private readonly cy: Core;
  private palette: GraphPalette;
  private edgeLabel: EdgeLabelMode;
  private cheapEdges = false;
  private labels: LabelBand = 'none';
  /** The zoom box labels were last sized for; a pan alone leaves them as they are. */
  private labelsSizedFor = 0;
  private index: TopologyIndex | undefined;
  private geometry: GraphGeometry | undefined;
  private granularity: TopologyGranularity = 'SERVICE';
  private detail: DetailLevel | undefined;
  private drawn = new Map<string, ElementDefinition>();
  private selected: string | null = null;
  /** Canvas pixels on the right hidden under the side panel: fits and glides keep clear of them. */
  private coveredRight = 0;
  /** For the benchmark: every node drawn whatever the zoom, to measure what the detail levels save. */
  private allDetail = false;
  private settleTimer: number | undefined;
  private readonly draws: TopologyDrawRecord[] = [];
  private renders = 0;
  private readonly disposers: Array<() => void> = [];

  constructor(
    container: HTMLElement,
    private readonly listener: TopologyGraphListener,
    edgeLabel: EdgeLabelMode,
  ) {
    this.palette = readGraphPalette();
    this.edgeLabel = edgeLabel;
    this.cy = cytoscape({
      container,
      style: this.style(),
      layout: { name: 'preset' },
      minZoom: zoomLimits.min,
      maxZoom: zoomLimits.max,
      // One canvas pixel per CSS pixel: on a 2x screen this quarters the pixels to fill.
      pixelRatio: 1,
      motionBlur: false,
      textureOnViewport: false,
      hideEdgesOnViewport: false,
      boxSelectionEnabled: false,
      // Positions belong to the layout, selection to the URL.
      autoungrabify: true,
      autounselectify: true,
    });
    this.cy.on('tap', (event: EventObject) => this.onTap(event));
    this.cy.on('viewport', () => this.onViewport());
    this.cy.on('render', () => {
      this.renders += 1;
    });
    this.watchTheme();
    const resize = new ResizeObserver(() => this.cy.resize());
    resize.observe(container);
    this.disposers.push(() => resize.disconnect(), installProbe(this.createProbe()));
  }

  /** Draws `index` laid out by `geometry`; resolves once the frame with it was painted. */
  show(
    index: TopologyIndex,
    geometry: GraphGeometry,
    granularity: TopologyGranularity,
    camera: CameraRequest,
    timing: GraphTiming,
  ): Promise<TopologyDrawRecord> {
    this.index = index;
    this.geometry = geometry;
    this.granularity = granularity;
    if (camera === 'fit') this.placeCamera(this.fitCamera(geometry));
    else if (camera !== 'keep')
      this.placeCamera({ zoom: camera.zoom, pan: { x: camera.x, y: camera.y } });
    this.redraw(true);
    const sceneAppliedAt = performance.now();
    const record: TopologyDrawRecord = {
      ...timing,
      sceneAppliedAt,
      drawnAt: sceneAppliedAt,
      nodes: index.nodeById.size,
      edges: index.edgeById.size,
      drawnElements: this.drawn.size,
    };
    return new Promise((resolve) => {
      this.cy.one('render', () => {
        record.drawnAt = performance.now();
        this.draws.push(record);
        resolve(record);
      });
      // A refresh that changed nothing would not draw at all, and this would never resolve.
      this.cy.forceRender();
    });
  }

  setEdgeLabel(mode: EdgeLabelMode): void {
    if (mode === this.edgeLabel) return;
    this.edgeLabel = mode;
    this.restyle();
  }

  /** Marks the selection; a node inside a closed box opens its box. */
  select(id: string | null): void {
    if (id === this.selected) return;
    this.selected = id;
    if (this.index) this.redraw(false);
    this.applyFocus();
  }

  /** Moves the camera to a saved view (back/forward) unless it is already there. */
  setViewport(viewport: ViewportState | null): void {
    if (!this.geometry) return;
    if (viewport === null) {
      this.placeCamera(this.fitCamera(this.geometry));
      return;
    }
    const pan = this.cy.pan();
    const close = (a: number, b: number) => Math.abs(a - b) < 0.5;
    if (
      Math.abs(this.cy.zoom() - viewport.zoom) < 1e-3 &&
      close(pan.x, viewport.x) &&
      close(pan.y, viewport.y)
    )
      return;
    this.placeCamera({ zoom: viewport.zoom, pan: { x: viewport.x, y: viewport.y } });
  }

  /** Glides the camera to a selection id: a box fills the screen, a node or edge is centred. */
  reveal(id: string): void {
    const rect = this.geometry && this.index && this.rectOf(id);
    if (rect) glideTo(this.cy, rect, 40, this.coveredRight);
  }

  /** The canvas's width over height, which the layout packs clusters for. */
  aspectRatio(): number {
    const height = this.cy.height();
    return height > 0 ? Math.min(4, Math.max(0.5, this.cy.width() / height)) : 1.6;
  }

  /** How much of the canvas's right side the side panel covers (0 when closed). */
  setCoveredRight(pixels: number): void {
    this.coveredRight = pixels;
  }

  fit(): void {
    if (this.geometry) glideTo(this.cy, this.geometry.bounds, fitPadding, this.coveredRight);
  }

  /** The drawing as a PNG, as on screen (the level of detail in force), on the page's background. */
  png(): Blob {
    return this.cy.png({
      output: 'blob',
      full: true,
      bg: this.palette.surface,
      maxWidth: 8_000,
      maxHeight: 8_000,
    });
  }

  destroy(): void {
    window.clearTimeout(this.settleTimer);
    this.disposers.forEach((dispose) => dispose());
    this.cy.destroy();
  }

  private rectOf(id: string): Rect | undefined {
    const geometry = this.geometry!;
    const ref = parseSelectionId(id);
    switch (ref.type) {
      case 'namespace':
        return geometry.namespaces.get(ref.key);
      case 'cluster':
        return geometry.clusters.get(ref.name);
      case 'edges':
        return undefined;
      case 'element': {
        const edge = this.index!.edgeById.get(id);
        const points = (edge ? [edge.source, edge.target] : [id])
          .map((nodeId) => geometry.nodes.get(nodeId))
          .filter((point) => point !== undefined);
        if (points.length === 0) return undefined;
        const xs = points.map((point) => point.x);
        const ys = points.map((point) => point.y);
        // Room around the node(s) for their neighbours: about a screen at zoom 1.
        const x = Math.min(...xs) - revealMargin.x;
        const y = Math.min(...ys) - revealMargin.y;
        return {
          x,
          y,
          width: Math.max(...xs) - x + revealMargin.x,
          height: Math.max(...ys) - y + revealMargin.y,
        };
      }
    }
  }

  private camera(): Camera {
    return {
      zoom: this.cy.zoom(),
      pan: this.cy.pan(),
      width: this.cy.width(),
      height: this.cy.height(),
    };
  }

  private fitCamera(geometry: GraphGeometry): { zoom: number; pan: { x: number; y: number } } {
    const width = Math.max(this.cy.width() - this.coveredRight, 200);
    return cameraFor(geometry.bounds, width, this.cy.height(), fitPadding, {
      min: zoomLimits.min,
      max: 1.5,
    });
  }

  private placeCamera(camera: { zoom: number; pan: { x: number; y: number } }): void {
    this.cy.stop();
    this.cy.viewport({ zoom: camera.zoom, pan: camera.pan });
  }

  /** Recomputes the level of detail; rebuilds the scene when it changed (or when forced). */
  private redraw(force: boolean): void {
    const index = this.index;
    const geometry = this.geometry;
    if (!index || !geometry) return;
    const pinned = boxesHolding(index, this.selected);
    const detail = this.allDetail
      ? fullDetail()
      : chooseDetail(index, geometry, this.camera(), pinned, this.detail);
    if (!force && sameDetail(this.detail, detail)) return;
    this.detail = detail;
    const scene = buildScene(index, geometry, detail, this.granularity);
    let edges = 0;
    for (const element of scene.elements) if (element.group === 'edges') edges += 1;
    // Restyle before adding: styling an empty graph is free, restyling thousands of elements is not.
    const cheap = edges > cheapEdgesAbove;
    const band = labelBand(this.cy.zoom());
    if (cheap !== this.cheapEdges || band !== this.labels) {
      this.cheapEdges = cheap;
      this.labels = band;
      this.restyle();
    }
    this.drawn = applyScene(this.cy, this.drawn, scene.elements);
    this.listener.sceneChanged({
      full: detail.full,
      closedBoxes: detail.full ? 0 : this.cy.nodes('.namespace-summary, .cluster-summary').length,
      boxEdges: scene.boxEdges,
      omittedBoxEdges: scene.omittedBoxEdges,
    });
    this.sizeLabels(true);
    this.applyFocus();
  }

  private applyFocus(): void {
    this.cy.batch(() => {
      this.cy.elements('.focus').removeClass('focus');
      if (this.selected === null) return;
      const ref = parseSelectionId(this.selected);
      const candidates =
        ref.type === 'namespace'
          ? [elementIds.namespace(ref.key), elementIds.namespaceBox(ref.key)]
          : ref.type === 'cluster'
            ? [elementIds.cluster(ref.name), elementIds.clusterBox(ref.name)]
            : [this.selected];
      for (const id of candidates) {
        const element = this.cy.getElementById(id);
        if (element.empty()) continue;
        element.addClass('focus');
        if (element.isNode() && !element.isParent()) element.connectedEdges().addClass('focus');
      }
    });
  }

  private onTap(event: EventObject): void {
    const target = event.target as Core | cytoscape.SingularElementReturnValue;
    if (target === this.cy) {
      this.listener.select(null);
      return;
    }
    const element = target as cytoscape.SingularElementReturnValue;
    const id = element.id();
    this.listener.select(selectionIdOf(id));
    // A closed box opens by flying into it: the semantic zoom does the rest.
    if (element.hasClass('namespace-summary') || element.hasClass('cluster-summary')) {
      const box = element.boundingBox({ includeLabels: false });
      glideTo(
        this.cy,
        { x: box.x1, y: box.y1, width: box.w, height: box.h },
        40,
        this.coveredRight,
      );
    }
  }

  private onViewport(): void {
    window.clearTimeout(this.settleTimer);
    this.settleTimer = window.setTimeout(() => {
      this.redraw(false);
      this.sizeLabels(false);
      const pan = this.cy.pan();
      this.listener.viewportSettled({ zoom: this.cy.zoom(), x: pan.x, y: pan.y });
    }, settleMs);
  }

  /**
   * Node and edge labels exist only from the zoom where they are readable: cytoscape measures
   * every label it has, drawn or not, so hidden labels would still cost time on every change.
   */
  private sizeLabels(sceneChanged: boolean): void {
    const zoom = this.cy.zoom();
    const band = labelBand(zoom);
    if (band !== this.labels) {
      this.labels = band;
      this.restyle();
    }
    if (sceneChanged || zoom !== this.labelsSizedFor) {
      this.labelsSizedFor = zoom;
      sizeBoxLabels(this.cy, zoom);
    }
  }

  private style() {
    return graphStyle(this.palette, {
      edgeLabel: this.labels === 'all' ? this.edgeLabel : 'none',
      nodeLabels: this.labels === 'none' ? 'off' : this.labels === 'nodes' ? 'large' : 'normal',
      cheapEdges: this.cheapEdges,
    });
  }

  private restyle(): void {
    this.cy.style(this.style());
  }

  private watchTheme(): void {
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => {
      this.palette = readGraphPalette();
      this.restyle();
    };
    media.addEventListener('change', onChange);
    this.disposers.push(() => media.removeEventListener('change', onChange));
  }

  private createProbe(): TopologyProbe {
    const cy = this.cy;
    return {
      draws: this.draws,
      renderCount: () => this.renders,
      panBy: (dx, dy) => cy.panBy({ x: dx, y: dy }),
      zoomTo: (zoom) =>
        cy.zoom({ level: zoom, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }),
      fit: () => this.geometry && this.placeCamera(this.fitCamera(this.geometry)),
      drawEverything: (all) =>
        new Promise((resolve) => {
          const started = performance.now();
          this.allDetail = all;
          this.redraw(true);
          cy.one('render', () => resolve(performance.now() - started));
        }),
      counts: () => ({
        nodes: cy.nodes('.topology-node').length,
        edges: cy.edges().length,
        openNamespaces: cy.nodes('.namespace-box').length,
        summaries: cy.nodes('.namespace-summary, .cluster-summary').length,
      }),
      drawnNodes: () => cy.nodes().map((node) => ({ id: node.id(), classes: node.classes() })),
      drawnEdges: () =>
        cy.edges().map((edge) => ({
          id: edge.id(),
          source: edge.source().id(),
          target: edge.target().id(),
          classes: edge.classes(),
        })),
      screenPosition: (id) => {
        const element = cy.getElementById(id);
        if (element.empty()) return null;
        const box = element.renderedBoundingBox({ includeLabels: false });
        return { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
      },
    };
  }
}
