import { type StylesheetJson } from 'cytoscape';
import { layoutGeometry } from '../layout/layout-geometry';
import { type EdgeLabelMode } from '../model/topology-view';
import { type HealthTone } from '../model/health-tone';
import { type GraphPalette } from './graph-palette';
import { healthIconUrl } from './health-icons';

const tones: readonly HealthTone[] = ['ok', 'degraded', 'failing', 'idle', 'unknown'];

const edgeLabelField: Record<Exclude<EdgeLabelMode, 'none'>, string> = {
  rate: 'data(labelRate)',
  errors: 'data(labelErrors)',
  p95: 'data(labelP95)',
};

export interface GraphStyleOptions {
  edgeLabel: EdgeLabelMode;
  /**
   * Large scenes draw edges as `haystack` lines (no arrows, no curve maths): the cheapest edge
   * cytoscape has. Small ones keep straight edges with arrow heads.
   */
  cheapEdges: boolean;
  /** Off when zoomed too far out to read them, larger between far and close. */
  nodeLabels: 'off' | 'large' | 'normal';
}

/**
 * The whole look of the graph. Cheap on purpose: no shadows, no gradients, no curved edges;
 * labels vanish below a readable size (`min-zoomed-font-size`) instead of being drawn as specks.
 * Box labels are sized per element by the graph as the zoom changes (see `box-labels.ts`).
 */
export function graphStyle(palette: GraphPalette, options: GraphStyleOptions): StylesheetJson {
  const sheet: StylesheetJson = [
    {
      selector: 'node',
      style: {
        'font-family': 'system-ui, "DejaVu Sans", sans-serif',
        color: palette.text,
        'min-zoomed-font-size': 6,
        'text-wrap': 'wrap',
        // Boxes under edges under nodes, by z-index alone (see box stacking below).
        'z-index-compare': 'manual',
      },
    },
    {
      selector: '.topology-node',
      style: {
        width: layoutGeometry.nodeSize,
        height: layoutGeometry.nodeSize,
        'z-index': 4,
        shape: 'ellipse',
        'border-width': 3,
        label: options.nodeLabels === 'off' ? '' : 'data(label)',
        'font-size': options.nodeLabels === 'large' ? 15 : 11,
        'line-height': 1.25,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-max-width': `${layoutGeometry.cellWidth - 8}px`,
        'text-overflow-wrap': 'anywhere',
        'background-width': '55%',
        'background-height': '55%',
        'background-clip': 'none',
      },
    },
    {
      selector: '.topology-node[kind = "SERVICE"]',
      style: { shape: 'round-triangle', 'background-position-y': '62%' },
    },
    { selector: '.topology-node[kind = "APP"]', style: { shape: 'round-rectangle' } },
    { selector: '.topology-node[kind = "EXTERNAL"]', style: { shape: 'round-diamond' } },
    { selector: '.traffic-source', style: { 'border-style': 'double', 'border-width': 5 } },
    {
      selector: '.cluster-box',
      style: {
        shape: 'round-rectangle',
        width: 'data(width)',
        height: 'data(height)',
        'z-index': 0,
        'background-color': palette.surfaceSunken,
        'border-width': 1.5,
        'border-color': palette.borderStrong,
        label: 'data(label)',
        'font-weight': 'bold',
        'text-valign': 'top',
        'text-margin-y': -8,
      },
    },
    {
      selector: '.namespace-box',
      style: {
        shape: 'round-rectangle',
        width: 'data(width)',
        height: 'data(height)',
        'z-index': 1,
        'background-color': palette.surface,
        'border-width': 1,
        'border-style': 'dashed',
        'border-color': palette.borderStrong,
        label: 'data(label)',
        color: palette.textMuted,
        'text-valign': 'top',
        'text-margin-y': -4,
      },
    },
    {
      selector: '.namespace-summary, .cluster-summary',
      style: {
        shape: 'round-rectangle',
        width: 'data(width)',
        height: 'data(height)',
        'z-index': 2,
        'border-width': 3,
        label: 'data(label)',
        'text-valign': 'center',
        'text-halign': 'center',
        'line-height': 1.3,
      },
    },
    { selector: '.cluster-summary', style: { 'font-weight': 'bold' } },
    {
      selector: 'edge',
      style: {
        'z-index-compare': 'manual',
        'z-index': 3,
        width: 'data(width)',
        'line-color': palette.edge,
        'curve-style': options.cheapEdges ? 'haystack' : 'straight',
        'haystack-radius': 0,
        'target-arrow-shape': options.cheapEdges ? 'none' : 'triangle',
        'target-arrow-color': palette.edge,
        'arrow-scale': 0.8,
        opacity: 0.8,
        label: options.edgeLabel === 'none' ? '' : edgeLabelField[options.edgeLabel],
        'font-size': 10,
        'font-family': 'system-ui, "DejaVu Sans", sans-serif',
        color: palette.textMuted,
        'min-zoomed-font-size': 8,
        'text-rotation': 'autorotate',
        'text-margin-y': -7,
        'text-events': 'no',
      },
    },
    // Cross-cluster traffic: a wider line with a halo, distinct without a colour of its own.
    {
      selector: 'edge.cross-cluster',
      style: {
        'line-outline-width': 1.5,
        'line-outline-color': palette.halo,
        'font-weight': 'bold',
      },
    },
    {
      selector: 'edge.idle',
      style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4], opacity: 0.6 },
    },
    { selector: 'edge.aggregate', style: { opacity: 0.45 } },
    // The mesh's CA is critical or expired: a red ring clear of the node, whatever its health, so it
    // reads apart from the health border; one extra stroke, no shadow. A Find match keeps its own
    // dashed ring (declared after), and the label's ⚠ still marks the certificate.
    {
      selector: 'node.certificate-alert',
      style: {
        'outline-width': 3,
        'outline-color': palette.tone.failing.line,
        'outline-offset': 3,
        'outline-style': 'solid',
      },
    },
    {
      selector: 'node.highlighted',
      style: {
        'outline-width': 3,
        'outline-color': palette.accent,
        'outline-offset': 4,
        'outline-style': 'dashed',
      },
    },
    {
      selector: 'edge.highlighted',
      style: { 'line-outline-width': 3, 'line-outline-color': palette.accent, opacity: 1 },
    },
    {
      selector: 'node.focus',
      style: { 'underlay-color': palette.accent, 'underlay-opacity': 0.35, 'underlay-padding': 8 },
    },
    {
      selector: 'edge.focus',
      style: {
        opacity: 1,
        'underlay-color': palette.accent,
        'underlay-opacity': 0.35,
        'underlay-padding': 4,
      },
    },
  ];

  for (const tone of tones) {
    const { line, fill } = palette.tone[tone];
    sheet.push(
      {
        selector: `.topology-node[tone = "${tone}"]`,
        style: {
          'background-color': fill,
          'border-color': line,
          'background-image': healthIconUrl(tone, line),
        },
      },
      {
        selector: `.namespace-summary[tone = "${tone}"], .cluster-summary[tone = "${tone}"]`,
        style: { 'background-color': fill, 'border-color': line },
      },
    );
    if (tone !== 'ok' && tone !== 'idle') {
      sheet.push({
        selector: `edge[tone = "${tone}"]`,
        style: { 'line-color': line, 'target-arrow-color': line, color: line, opacity: 1 },
      });
    }
  }
  return sheet;
}
