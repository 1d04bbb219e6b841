export interface PackedBox {
  x: number;
  y: number;
}

/**
 * Places boxes in the given order left to right in rows ("shelves") of about `rowWidth`, each row
 * as tall as its tallest box. Simple and O(n): order stays readable (alphabetical stays
 * alphabetical) and a box keeps its place as long as the boxes before it keep their size.
 */
export function shelfPack(
  sizes: ReadonlyArray<{ width: number; height: number }>,
  gap: number,
  aspectRatio: number,
): { places: PackedBox[]; width: number; height: number } {
  let widest = 0;
  let totalWidth = 0;
  let totalHeight = 0;
  for (const size of sizes) {
    widest = Math.max(widest, size.width);
    totalWidth += size.width + gap;
    totalHeight += size.height + gap;
  }
  // The number of columns whose grid of average boxes comes closest to the aspect ratio; a square
  // root of the area misjudges it when there are only a few big boxes.
  const count = Math.max(1, sizes.length);
  const averageWidth = totalWidth / count;
  const averageHeight = totalHeight / count;
  let columns = 1;
  let best = Infinity;
  for (let candidate = 1; candidate <= count; candidate++) {
    const rows = Math.ceil(count / candidate);
    const miss = Math.abs(
      Math.log((candidate * averageWidth) / (rows * averageHeight) / aspectRatio),
    );
    if (miss < best) {
      best = miss;
      columns = candidate;
    }
  }
  const rowWidth = Math.max(widest, columns * averageWidth - gap + 1e-6);
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
