import { type ServiceDetail } from '../graphql/service-node';

/** The mesh's own policies that affect the service: what they do and what they target. */
export function ServicePolicies({ policies }: { policies: ServiceDetail['policies'] }) {
  if (policies.length === 0) {
    return <p className="muted">No mesh policy affects this service.</p>;
  }
  return (
    <ul className="detail-list" aria-label="Policies">
      {policies.map((policy) => (
        <li key={policy.id} data-policy={policy.name}>
          <div className="detail-line">
            <span className="detail-kind">{policy.kind}</span>
            <span className="detail-name" title={`${policy.namespace}/${policy.name}`}>
              <span className="muted">{policy.namespace} / </span>
              {policy.name}
            </span>
          </div>
          {policy.effects.length > 0 && (
            <ul className="policy-effects">
              {policy.effects.map((effect, index) => (
                <li key={index}>
                  <span className="effect-type">
                    {effect.type.toLowerCase().replace(/_/g, ' ')}
                  </span>{' '}
                  {effect.summary}
                </li>
              ))}
            </ul>
          )}
          <div className="detail-facts">
            <span>
              targets{' '}
              {policy.targets.map((target) => (
                <span key={target} className="mono policy-target">
                  {target}
                </span>
              ))}
            </span>
          </div>
          {policy.unmodelled.length > 0 && (
            <div className="detail-facts" title={policy.unmodelled.join('\n')}>
              <span className="muted">
                not shown: {policy.unmodelled.length} field
                {policy.unmodelled.length === 1 ? '' : 's'}
              </span>
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
