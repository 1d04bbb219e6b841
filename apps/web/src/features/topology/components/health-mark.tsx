import { StrokeIcon } from '../../../shared/components/stroke-icon';
import { type Health } from '../graphql/topology-data';
import { healthIconPath } from '../graph/health-icons';
import { healthTone, healthWord } from '../model/health-tone';

/** A health state as icon plus word, coloured by state: the same marks the graph draws. */
export function HealthMark({ health, title }: { health: Health; title?: string }) {
  const tone = healthTone(health);
  return (
    <span className={`topology-health tone-${tone}`} data-health={health} title={title}>
      <StrokeIcon path={healthIconPath(tone)} />
      {healthWord[health]}
    </span>
  );
}
