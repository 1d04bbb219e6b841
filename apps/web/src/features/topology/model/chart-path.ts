export interface ChartPoint {
  t: number;
  v: number;
}

export interface ChartPath {
  /** SVG path of the line, in a `width` × `height` box. */
  line: string;
  /** The same line closed along the bottom, for a faint fill. */
  area: string;
  max: number;
}

/** A round top for the y axis: 1, 2 or 5 times a power of ten, at least the largest value. */
export function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (value <= step * power) return step * power;
  return 10 * power;
}

/** Scales points (sorted by time) into an SVG path; y from 0 at the bottom to a round maximum. */
export function chartPath(points: readonly ChartPoint[], width: number, height: number): ChartPath {
  if (points.length === 0) return { line: '', area: '', max: 1 };
  const first = points[0]!.t;
  const span = Math.max(points[points.length - 1]!.t - first, 1);
  const max = niceMax(Math.max(...points.map((point) => point.v)));
  const coordinates = points.map((point) => {
    const x = points.length === 1 ? width / 2 : ((point.t - first) / span) * width;
    const y = height - (Math.max(point.v, 0) / max) * height;
    return `${x.toFixed(1)},${y.toFixed(1)}`;
  });
  const line = `M${coordinates.join('L')}`;
  const lastX = points.length === 1 ? width / 2 : width;
  const firstX = points.length === 1 ? width / 2 : 0;
  return { line, area: `${line}L${lastX},${height}L${firstX},${height}Z`, max };
}
