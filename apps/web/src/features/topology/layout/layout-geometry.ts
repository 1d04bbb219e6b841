/** The sizes the layout packs with, in model units; the graph style draws to the same sizes. */
export const layoutGeometry = {
  nodeSize: 36,
  /** Horizontal room per node, enough for a label of ~16 characters under it. */
  cellWidth: 132,
  /** Vertical room per node: the node and two label lines. */
  cellHeight: 104,
  /** Inside a namespace box around its nodes; the bottom row's labels must fit. */
  namespacePadding: 40,
  /** Between namespace boxes: their labels sit above them. */
  namespaceGap: 56,
  /** Inside a cluster box around its namespaces; the first row's labels must fit. */
  clusterPadding: 64,
  /** Between cluster boxes: their labels sit above them. */
  clusterGap: 140,
  /** Width to height the whole drawing aims at (a laptop screen with the side panel open). */
  aspectRatio: 1.5,
} as const;
