import { useEffect, useMemo, useRef, useState } from 'react';
import { type TopologyQueryVariables } from '../graphql/topology-data';
import {
  type SceneSummary,
  type TopologyGraph,
  type TopologyGraphListener,
} from '../graph/topology-graph';
import { useFilterChoices } from '../hooks/use-filter-choices';
import { useTopologyData } from '../hooks/use-topology-data';
import { useTopologyDrawing } from '../hooks/use-topology-drawing';
import { useTopologyView } from '../hooks/use-topology-view';
import { topologyVariables } from '../model/topology-filter';
import { indexTopology } from '../model/topology-index';
import { type TopologyView } from '../model/topology-view';
import { downloadBlob } from '../utils/download-blob';
import { expressionProblemOf } from '../utils/expression-problem';
import { DetailNote } from './detail-note';
import { GraphCanvas } from './graph-canvas';
import { TopologyBanners } from './topology-banners';
import { TopologyFreshness } from './topology-freshness';
import { TopologyLegend } from './topology-legend';
import { TopologySidePanel } from './topology-side-panel';
import { TopologySummary } from './topology-summary';
import { TopologyToolbar } from './topology-toolbar';
import './topology-page.css';

/**
 * The traffic graph of every cluster and mesh. The URL holds the whole view (filters, window,
 * selection, camera); the graph itself lives in `GraphCanvas`, which React renders once.
 */
export function TopologyPage() {
  const [view, updateView] = useTopologyView();
  const variablesKey = JSON.stringify(topologyVariables(view));
  // Compared by value: the view is parsed anew on every URL change, the camera's included.
  const variables = useMemo(
    () => JSON.parse(variablesKey) as TopologyQueryVariables,
    [variablesKey],
  );
  const refreshMs = view.refreshSeconds * 1000;
  const feed = useTopologyData(variables, refreshMs, view.paused);
  const snapshot = feed.snapshot;
  const index = useMemo(() => snapshot && indexTopology(snapshot.topology), [snapshot]);
  const choices = useFilterChoices(snapshot?.topology);

  const [graph, setGraph] = useState<TopologyGraph | null>(null);
  const drawing = useTopologyDrawing(graph, snapshot, index, view.viewport);
  const [legendOpen, setLegendOpen] = useState(false);
  const expressionProblem = expressionProblemOf(feed.error);

  const [scene, setScene] = useState<SceneSummary | undefined>(undefined);

  const latest = useRef({ updateView });
  useEffect(() => {
    latest.current = { updateView };
  });
  const [listener] = useState<TopologyGraphListener>(() => ({
    select: (id) => latest.current.updateView({ selected: id }),
    viewportSettled: (viewport) => latest.current.updateView({ viewport }, 'replace'),
    sceneChanged: setScene,
  }));

  useEffect(() => graph?.select(view.selected), [graph, view.selected]);
  // The side panel floats over the canvas's right side (see topology-page.css: 360 px + margins).
  useEffect(() => graph?.setCoveredRight(view.selected ? 376 : 0), [graph, view.selected]);
  useEffect(() => graph?.setEdgeLabel(view.edgeLabel), [graph, view.edgeLabel]);
  const { zoom, x, y } = view.viewport ?? { zoom: 0, x: 0, y: 0 };
  useEffect(() => {
    graph?.setViewport(zoom === 0 ? null : { zoom, x, y });
  }, [graph, zoom, x, y]);

  // A new filter is a new graph: the camera fits it instead of staying where the old one was.
  const filter = (change: Partial<TopologyView>) => updateView({ ...change, viewport: null });
  const selectAndReveal = (id: string) => {
    updateView({ selected: id });
    graph?.reveal(id);
  };

  return (
    <section className="topology-page" aria-labelledby="topology-heading">
      <title>Topology · Meshwork</title>
      <header className="topology-header">
        <h1 id="topology-heading">Topology</h1>
        {index && <TopologySummary index={index} granularity={view.granularity} />}
        {snapshot?.topology.metricsSource === 'simulated' && (
          <span
            className="topology-simulated"
            data-testid="topology-simulated"
            title="Traffic numbers come from the demo fleet's simulator, not Prometheus"
          >
            simulated metrics
          </span>
        )}
        <span className="topology-toolbar-spacer" />
        <TopologyFreshness feed={feed} refreshSeconds={view.refreshSeconds} />
      </header>
      <TopologyToolbar
        view={view}
        choices={choices}
        onFilter={filter}
        onView={(change) => updateView(change)}
        onRefresh={feed.refresh}
        onFit={() => graph?.fit()}
        onExport={() => graph && downloadBlob(graph.png(), 'meshwork-topology.png')}
        legendOpen={legendOpen}
        onToggleLegend={() => setLegendOpen((open) => !open)}
        expressionProblem={expressionProblem}
      />
      <TopologyBanners
        expressionProblem={expressionProblem}
        topology={snapshot?.topology}
        error={feed.error}
        drawingError={drawing.error}
        loading={!snapshot}
      />
      <div
        className="topology-stage"
        data-drawn-key={drawing.drawnKey ? 'yes' : undefined}
        aria-busy={drawing.drawnKey === undefined}
      >
        <GraphCanvas listener={listener} initialEdgeLabel={view.edgeLabel} onGraph={setGraph} />
        {snapshot && snapshot.topology.nodes.length === 0 && (
          <p className="topology-empty" data-testid="topology-empty">
            Nothing to draw: no traffic and no services match this filter.
          </p>
        )}
        {scene && <DetailNote scene={scene} />}
        {legendOpen && <TopologyLegend onClose={() => setLegendOpen(false)} />}
        {index && view.selected && (
          <TopologySidePanel
            index={index}
            selectedId={view.selected}
            windowSeconds={view.windowSeconds}
            refreshMs={view.paused ? undefined : refreshMs}
            onSelect={selectAndReveal}
            onReveal={(id) => graph?.reveal(id)}
            onClose={() => updateView({ selected: null })}
          />
        )}
      </div>
    </section>
  );
}
