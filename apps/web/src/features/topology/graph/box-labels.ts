import { type Core } from 'cytoscape';

// Box labels in screen pixels: a label in model units would be unreadable far out and huge close
// in. Caps keep a label inside the gap above its box (see layout-geometry.ts) or inside its node.
const clusterLabelPx = 16;
const clusterLabelCap = 90;
const namespaceLabelPx = 12;
const namespaceLabelCap = 32;
const summaryLabelPx = 13;

/** Resizes the labels and borders of boxes and box nodes for `zoom`; a few hundred at most. */
export function sizeBoxLabels(cy: Core, zoom: number): void {
  cy.batch(() => {
    cy.nodes('.cluster-box').style({
      'font-size': Math.min(clusterLabelPx / zoom, clusterLabelCap),
      'border-width': Math.min(1.5 / zoom, 12),
    });
    cy.nodes('.namespace-box').style({
      'font-size': Math.min(namespaceLabelPx / zoom, namespaceLabelCap),
      'border-width': Math.min(1 / zoom, 4),
    });
    cy.nodes('.namespace-summary, .cluster-summary').forEach((node) => {
      const width = node.data('width') as number;
      const height = node.data('height') as number;
      const label = node.data('label') as string;
      const lines = label.split('\n');
      const longest = Math.max(...lines.map((line) => line.length));
      // About 0.62 em per character and 1.3 em per line, with a margin: the label stays inside.
      const cap = Math.min((height * 0.8) / (lines.length * 1.3), (width * 0.9) / (longest * 0.62));
      node.style({
        'font-size': Math.min(summaryLabelPx / zoom, cap),
        'border-width': Math.min(3 / zoom, Math.min(width, height) / 25),
      });
    });
  });
}
