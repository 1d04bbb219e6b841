import { StateIcon } from '../../../shared/components/state-icon';
import { controlPlaneHealthTone } from '../../../shared/format/control-plane-health';
import { type MeshRow } from '../graphql/mesh-row';

/** Each control plane with its ready/desired replicas, its own health shown by icon and word. */
export function ControlPlaneList({ controlPlanes }: { controlPlanes: MeshRow['controlPlanes'] }) {
  if (controlPlanes.length === 0) return <span className="muted">none found</span>;
  return (
    <ul className="control-plane-list">
      {controlPlanes.map((cp) => {
        const tone = controlPlaneHealthTone(cp.health);
        return (
          <li key={`${cp.namespace}/${cp.name}`} data-control-plane={cp.name}>
            <span className={`tone-${tone}`} title={cp.health}>
              <StateIcon tone={tone} />
            </span>
            <span className="mono">{cp.name}</span>
            <span
              className="replicas"
              title={`${cp.readyReplicas} of ${cp.desiredReplicas} replicas ready`}
            >
              {cp.readyReplicas}/{cp.desiredReplicas} ready
            </span>
          </li>
        );
      })}
    </ul>
  );
}
