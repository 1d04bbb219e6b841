import { type Health } from '../graphql/topology-data';
import { healthIconPath } from '../graph/health-icons';
import { healthTone, healthWord } from '../model/health-tone';

/** A health state as icon plus word, coloured by state: the same marks the graph draws. */
export function HealthMark({ health, title }: { health: Health; title?: string }) {
  const tone = healthTone(health);
  return (
    <span className={`topology-health tone-${tone}`} data-health={health} title={title}>
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        <path
          d={healthIconPath(tone)}
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      {healthWord[health]}
    </span>
  );
}
