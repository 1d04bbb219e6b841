export interface PackedBox {
  x: number;
  y: number;
}

export interface Packing {
  places: PackedBox[];
  width: number;
  height: number;
}

type Size = { width: number; height: number };

/** Left to right in the given order, a new row ("shelf") when the next box would pass `rowWidth`. */
function packRows(sizes: readonly Size[], gap: number, rowWidth: number): Packing {
  const places: PackedBox[] = [];
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  let width = 0;
  for (const size of sizes) {
    if (x > 0 && x + size.width > rowWidth) {
      y += rowHeight + gap;
      x = 0;
      rowHeight = 0;
    }
    places.push({ x, y });
    width = Math.max(width, x + size.width);
    x += size.width + gap;
    rowHeight = Math.max(rowHeight, size.height);
  }
  return { places, width, height: y + rowHeight };
}

// Enough row widths to find a good one among thousands of boxes without trying them all.
const maxCandidates = 48;

/**
 * Places boxes in the given order in rows, choosing the row width that lets the whole packing
 * show largest on a screen of `aspectRatio` (width over height). Order stays readable
 * (alphabetical stays alphabetical), and a box keeps its place while the boxes before it keep
 * their sizes.
 */
export function shelfPack(sizes: readonly Size[], gap: number, aspectRatio: number): Packing {
  if (sizes.length === 0) return { places: [], width: 0, height: 0 };
  // Candidate row widths: the widths of the first k boxes in a row, for k boxes per row.
  const candidates = new Set<number>();
  const step = Math.max(1, Math.ceil(sizes.length / maxCandidates));
  let prefix = -gap;
  let widest = 0;
  sizes.forEach((size, i) => {
    prefix += size.width + gap;
    widest = Math.max(widest, size.width);
    if (i % step === 0 || i === sizes.length - 1) candidates.add(prefix);
  });
  let best: Packing | undefined;
  let bestScale = -Infinity;
  for (const rowWidth of candidates) {
    const packing = packRows(sizes, gap, Math.max(rowWidth, widest));
    // How large it would show: the screen is aspectRatio × 1, the packing width × height.
    const scale = Math.min(aspectRatio / packing.width, 1 / packing.height);
    if (scale > bestScale) {
      bestScale = scale;
      best = packing;
    }
  }
  return best!;
}
