import { StateBadge } from '../../../shared/components/state-badge';
import { dataPlaneModeLabel } from '../../../shared/format/data-plane-mode-label';
import { type ServiceDetail } from '../graphql/service-node';
import { workloadReadiness } from '../utils/workload-readiness';

/** What runs behind the service: each workload's readiness, data plane, version and identity. */
export function ServiceWorkloads({ workloads }: { workloads: ServiceDetail['workloads'] }) {
  if (workloads.length === 0) {
    return <p className="muted">No workloads select this service.</p>;
  }
  return (
    <ul className="detail-list" aria-label="Workloads">
      {workloads.map((workload) => {
        const readiness = workloadReadiness(workload.readyReplicas, workload.desiredReplicas);
        return (
          <li key={workload.id} data-workload={workload.name}>
            <div className="detail-line">
              <span className="detail-kind">{workload.kind}</span>
              <span className="detail-name" title={`${workload.namespace}/${workload.name}`}>
                {workload.name}
              </span>
              <StateBadge tone={readiness.tone}>{readiness.label}</StateBadge>
            </div>
            <div className="detail-facts">
              <span data-field="mode">{dataPlaneModeLabel(workload.dataPlaneMode)}</span>
              <span data-field="version">
                version <span className="mono">{workload.version ?? 'none'}</span>
              </span>
              {workload.identity && (
                <span
                  className="mono detail-identity"
                  data-field="identity"
                  title={workload.identity}
                >
                  {workload.identity}
                </span>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
