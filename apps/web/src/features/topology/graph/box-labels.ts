import { type Core } from 'cytoscape';

// Box labels in screen pixels: a label in model units would be unreadable far out and huge close
// in. Caps keep a label inside the gap above its box (see layout-geometry.ts) or inside its node.
const clusterLabelPx = 16;
const clusterLabelCap = 120;
const namespaceLabelPx = 12;
const namespaceLabelCap = 40;
const summaryLabelPx = 13;

/** Resizes the labels of boxes and box nodes for `zoom`; a few hundred elements at most. */
export function sizeBoxLabels(cy: Core, zoom: number): void {
  cy.batch(() => {
    cy.nodes('.cluster-box').style('font-size', Math.min(clusterLabelPx / zoom, clusterLabelCap));
    cy.nodes('.namespace-box').style(
      'font-size',
      Math.min(namespaceLabelPx / zoom, namespaceLabelCap),
    );
    cy.nodes('.namespace-summary, .cluster-summary').forEach((node) => {
      const width = node.data('width') as number;
      const height = node.data('height') as number;
      // Three lines of up to ~24 characters must fit inside the node.
      const cap = Math.min(height / 4.6, width / 14);
      node.style('font-size', Math.min(summaryLabelPx / zoom, cap));
    });
  });
}
