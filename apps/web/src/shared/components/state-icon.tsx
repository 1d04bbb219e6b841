import { StrokeIcon } from './stroke-icon';

/** The four states colour may stand for; each also has its own icon shape and a word. */
export type StateTone = 'ok' | 'degraded' | 'failing' | 'unknown';

function iconPath(tone: StateTone): string {
  switch (tone) {
    case 'ok':
      return 'M3.5 8.5l3 3 6-7';
    case 'degraded':
      return 'M8 2.5l6 11H2zM8 7v3M8 12v.01';
    case 'failing':
      return 'M4.5 4.5l7 7M11.5 4.5l-7 7';
    case 'unknown':
      return 'M6 6a2 2 0 1 1 2.8 1.8C8.3 8.1 8 8.5 8 9.2M8 12v.01';
  }
}

export function StateIcon({ tone }: { tone: StateTone }) {
  return <StrokeIcon className="state-icon" path={iconPath(tone)} />;
}
