import { type HealthTone } from '../model/health-tone';

// The same shapes as the app's state icons (check, warning triangle, cross, question mark), plus
// a pause bar for idle: a node's state reads from its icon without its colour.
const paths: Record<HealthTone, string> = {
  ok: 'M3.5 8.5l3 3 6-7',
  degraded: 'M8 2.5l6 11H2zM8 7v3M8 12v.01',
  failing: 'M4.5 4.5l7 7M11.5 4.5l-7 7',
  idle: 'M4 8h8',
  unknown: 'M6 6a2 2 0 1 1 2.8 1.8C8.3 8.1 8 8.5 8 9.2M8 12v.01',
};

/** The icon's SVG path (16×16 viewBox), for HTML next to the graph. */
export function healthIconPath(tone: HealthTone): string {
  return paths[tone];
}

/** A data URL of the state's icon in `color`, for a node's background image. */
export function healthIconUrl(tone: HealthTone, color: string): string {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16" width="32" height="32">` +
    `<path d="${paths[tone]}" fill="none" stroke="${color}" stroke-width="2.2" ` +
    `stroke-linecap="round" stroke-linejoin="round"/></svg>`;
  return `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
}
