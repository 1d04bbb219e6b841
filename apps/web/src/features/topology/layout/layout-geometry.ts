/** The sizes the layout packs with, in model units; the graph style draws to the same sizes. */
export const layoutGeometry = {
  nodeSize: 38,
  /** Horizontal room per node, enough for a label of ~16 characters under it. */
  cellWidth: 124,
  /** Vertical room per node: the node and two label lines. */
  cellHeight: 100,
  /** Inside a namespace box, left and right of its nodes… */
  namespacePadding: 26,
  /** … above them … */
  namespacePaddingTop: 22,
  /** … and below them, where the bottom row's two label lines go. */
  namespacePaddingBottom: 48,
  /** Between namespace boxes: their labels sit above them. */
  namespaceGap: 44,
  /** Inside a cluster box around its namespaces; the first row's labels must fit. */
  clusterPadding: 52,
  /** Between cluster boxes: their labels sit above them. */
  clusterGap: 110,
  /** Width to height of the namespaces packed in a cluster (clusters are packed to the screen). */
  aspectRatio: 1.5,
} as const;
