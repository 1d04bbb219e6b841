import { type HealthTone } from '../model/health-tone';

/** The theme's colours, resolved to values the canvas can paint with. */
export interface GraphPalette {
  text: string;
  textMuted: string;
  surface: string;
  surfaceSunken: string;
  border: string;
  borderStrong: string;
  accent: string;
  /** The accent faded into the surface: the halo of cross-cluster edges. */
  halo: string;
  edge: string;
  tone: Record<HealthTone, { line: string; fill: string }>;
}

const lightFallback: GraphPalette = {
  text: '#1c2128',
  textMuted: '#5c6673',
  surface: '#ffffff',
  surfaceSunken: '#f0f2f5',
  border: '#e1e5ea',
  borderStrong: '#c4cbd4',
  accent: '#2b5fd9',
  halo: '#9fb5ec',
  edge: '#8a94a3',
  tone: {
    ok: { line: '#1a7f37', fill: '#e6f6ea' },
    degraded: { line: '#9a5b00', fill: '#fff4d6' },
    failing: { line: '#c8232f', fill: '#fdecec' },
    idle: { line: '#58616c', fill: '#ffffff' },
    unknown: { line: '#58616c', fill: '#eef0f3' },
  },
};

// Canvas cannot paint `rgba()` fills the theme uses in dark mode on top of each other the way
// CSS does; mixing them over the surface gives the colour the eye would see.
function opaque(
  color: string,
  over: string,
  probe: CanvasRenderingContext2D | null,
  alpha = 1,
): string {
  if (!probe || (alpha === 1 && !color.startsWith('rgba'))) return color;
  probe.globalAlpha = 1;
  probe.fillStyle = over;
  probe.fillRect(0, 0, 1, 1);
  probe.globalAlpha = alpha;
  probe.fillStyle = color;
  probe.fillRect(0, 0, 1, 1);
  probe.globalAlpha = 1;
  const [r, g, b] = probe.getImageData(0, 0, 1, 1).data;
  return `rgb(${r ?? 0}, ${g ?? 0}, ${b ?? 0})`;
}

/** Reads the palette from the page's CSS variables, so the graph follows the light or dark theme. */
export function readGraphPalette(element: Element = document.documentElement): GraphPalette {
  const css = getComputedStyle(element);
  const read = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  const surface = read('--surface', lightFallback.surface);
  const probe = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  const fill = (name: string, fallback: string) => opaque(read(name, fallback), surface, probe);
  return {
    text: read('--text', lightFallback.text),
    textMuted: read('--text-muted', lightFallback.textMuted),
    surface,
    surfaceSunken: read('--surface-sunken', lightFallback.surfaceSunken),
    border: read('--border', lightFallback.border),
    borderStrong: read('--border-strong', lightFallback.borderStrong),
    accent: read('--accent', lightFallback.accent),
    halo: opaque(read('--accent', lightFallback.accent), surface, probe, 0.45),
    edge: read('--text-muted', lightFallback.edge),
    tone: {
      ok: {
        line: read('--state-ok', lightFallback.tone.ok.line),
        fill: fill('--state-ok-bg', lightFallback.tone.ok.fill),
      },
      degraded: {
        line: read('--state-degraded', lightFallback.tone.degraded.line),
        fill: fill('--state-degraded-bg', lightFallback.tone.degraded.fill),
      },
      failing: {
        line: read('--state-failing', lightFallback.tone.failing.line),
        fill: fill('--state-failing-bg', lightFallback.tone.failing.fill),
      },
      idle: { line: read('--state-unknown', lightFallback.tone.idle.line), fill: surface },
      unknown: {
        line: read('--state-unknown', lightFallback.tone.unknown.line),
        fill: fill('--state-unknown-bg', lightFallback.tone.unknown.fill),
      },
    },
  };
}
