import { type TopologyGranularity } from '../graphql/topology-data';

/** Which number the edge labels show. */
export type EdgeLabelMode = 'rate' | 'errors' | 'p95' | 'none';

export interface ViewportState {
  zoom: number;
  x: number;
  y: number;
}

/** Everything that decides what the Topology page shows; all of it lives in the URL. */
export interface TopologyView {
  granularity: TopologyGranularity;
  clusters: string[];
  namespaces: string[];
  meshes: string[];
  windowSeconds: number;
  refreshSeconds: number;
  paused: boolean;
  find: string;
  hide: string;
  edgeLabel: EdgeLabelMode;
  /** The id of the selected node, edge, namespace or cluster box. */
  selected: string | null;
  /** Null until the user moves the view: the graph then fits the screen. */
  viewport: ViewportState | null;
}

export const windowChoices: ReadonlyArray<{ seconds: number; label: string }> = [
  { seconds: 60, label: 'Last 1 min' },
  { seconds: 300, label: 'Last 5 min' },
  { seconds: 900, label: 'Last 15 min' },
  { seconds: 1800, label: 'Last 30 min' },
  { seconds: 3600, label: 'Last 1 h' },
  { seconds: 6 * 3600, label: 'Last 6 h' },
  { seconds: 24 * 3600, label: 'Last 1 d' },
  { seconds: 7 * 24 * 3600, label: 'Last 7 d' },
];

export const refreshChoices: ReadonlyArray<{ seconds: number; label: string }> = [
  { seconds: 10, label: 'Every 10 s' },
  { seconds: 15, label: 'Every 15 s' },
  { seconds: 30, label: 'Every 30 s' },
  { seconds: 60, label: 'Every 1 min' },
  { seconds: 300, label: 'Every 5 min' },
];

export const defaultTopologyView: TopologyView = {
  granularity: 'SERVICE',
  clusters: [],
  namespaces: [],
  meshes: [],
  windowSeconds: 300,
  refreshSeconds: 30,
  paused: false,
  find: '',
  hide: '',
  edgeLabel: 'rate',
  selected: null,
  viewport: null,
};

const granularityParam: Record<TopologyGranularity, string> = {
  WORKLOAD: 'workload',
  SERVICE: 'service',
  APP: 'app',
};

const edgeLabels: readonly EdgeLabelMode[] = ['rate', 'errors', 'p95', 'none'];

function parseGranularity(value: string | null): TopologyGranularity {
  const found = (Object.keys(granularityParam) as TopologyGranularity[]).find(
    (key) => granularityParam[key] === value,
  );
  return found ?? defaultTopologyView.granularity;
}

function parseChoice(
  value: string | null,
  choices: ReadonlyArray<{ seconds: number }>,
  fallback: number,
): number {
  const seconds = Number(value);
  return choices.some((choice) => choice.seconds === seconds) ? seconds : fallback;
}

function parseViewport(value: string | null): ViewportState | null {
  if (!value) return null;
  const parts = value.split(',').map(Number);
  const [zoom, x, y] = parts;
  if (parts.length !== 3 || zoom === undefined || x === undefined || y === undefined) return null;
  if (![zoom, x, y].every(Number.isFinite) || zoom <= 0) return null;
  return { zoom, x, y };
}

function list(params: URLSearchParams, name: string): string[] {
  return params.getAll(name).filter((value) => value !== '');
}

/** Reads the view from the URL; anything missing or malformed falls back to the default. */
export function parseTopologyView(params: URLSearchParams): TopologyView {
  const edgeLabel = params.get('label');
  return {
    granularity: parseGranularity(params.get('g')),
    clusters: list(params, 'cluster'),
    namespaces: list(params, 'ns'),
    meshes: list(params, 'mesh'),
    windowSeconds: parseChoice(params.get('w'), windowChoices, defaultTopologyView.windowSeconds),
    refreshSeconds: parseChoice(
      params.get('r'),
      refreshChoices,
      defaultTopologyView.refreshSeconds,
    ),
    paused: params.get('paused') === '1',
    find: params.get('find') ?? '',
    hide: params.get('hide') ?? '',
    edgeLabel: edgeLabels.find((mode) => mode === edgeLabel) ?? defaultTopologyView.edgeLabel,
    selected: params.get('sel') || null,
    viewport: parseViewport(params.get('v')),
  };
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/**
 * Writes the changed parts of the view into `params` (other parameters are kept). Defaults are
 * left out, so the plain page has a plain URL.
 */
export function writeTopologyView(
  params: URLSearchParams,
  change: Partial<TopologyView>,
): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (name: string, value: string | null) => {
    if (value === null || value === '') next.delete(name);
    else next.set(name, value);
  };
  const setList = (name: string, values: readonly string[]) => {
    next.delete(name);
    for (const value of values) next.append(name, value);
  };
  const unlessDefault = <K extends keyof TopologyView>(key: K, value: TopologyView[K]) =>
    value === defaultTopologyView[key] ? null : String(value);

  if (change.granularity !== undefined) {
    set('g', change.granularity === 'SERVICE' ? null : granularityParam[change.granularity]);
  }
  if (change.clusters !== undefined) setList('cluster', change.clusters);
  if (change.namespaces !== undefined) setList('ns', change.namespaces);
  if (change.meshes !== undefined) setList('mesh', change.meshes);
  if (change.windowSeconds !== undefined)
    set('w', unlessDefault('windowSeconds', change.windowSeconds));
  if (change.refreshSeconds !== undefined) {
    set('r', unlessDefault('refreshSeconds', change.refreshSeconds));
  }
  if (change.paused !== undefined) set('paused', change.paused ? '1' : null);
  if (change.find !== undefined) set('find', change.find.trim());
  if (change.hide !== undefined) set('hide', change.hide.trim());
  if (change.edgeLabel !== undefined) set('label', unlessDefault('edgeLabel', change.edgeLabel));
  if (change.selected !== undefined) set('sel', change.selected);
  if (change.viewport !== undefined) {
    const viewport = change.viewport;
    set(
      'v',
      viewport && `${round(viewport.zoom, 4)},${round(viewport.x, 1)},${round(viewport.y, 1)}`,
    );
  }
  return next;
}
