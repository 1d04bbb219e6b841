import { StateIcon } from '../../../shared/components/state-icon';
import { type MeshRow } from '../graphql/mesh-row';
import { countHealth } from '../utils/health-counts';

const problems = [
  { health: 'DOWN', label: 'down', tone: 'failing' },
  { health: 'DEGRADED', label: 'degraded', tone: 'degraded' },
  { health: 'UNKNOWN', label: 'unknown', tone: 'unknown' },
] as const;

/** The answer in one line: "3 of 4 control planes healthy", then what is wrong with the rest. */
export function MeshesSummary({ meshes }: { meshes: readonly MeshRow[] }) {
  const counts = countHealth(meshes);
  return (
    <p className="page-summary">
      <strong data-testid="meshes-summary">
        {counts.HEALTHY} of {meshes.length} {meshes.length === 1 ? 'mesh' : 'meshes'} healthy
      </strong>
      {problems
        .filter(({ health }) => counts[health] > 0)
        .map(({ health, label, tone }) => (
          <span key={health} className={`summary-problem tone-${tone}`}>
            <StateIcon tone={tone} />
            {counts[health]} {label}
          </span>
        ))}
    </p>
  );
}
