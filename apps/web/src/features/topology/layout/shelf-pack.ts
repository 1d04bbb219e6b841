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
  let area = 0;
  let widest = 0;
  for (const size of sizes) {
    area += (size.width + gap) * (size.height + gap);
    widest = Math.max(widest, size.width);
  }
  const rowWidth = Math.max(widest, Math.sqrt(area * aspectRatio));
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
