import { useEffect } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { HealthBadge } from '../../../shared/components/health-badge';
import { MeshKindBadge } from '../../../shared/components/mesh-kind-badge';
import { useServiceDetail } from '../hooks/use-service-detail';
import { type ServiceDetail } from '../graphql/service-node';
import { ServicePathLink } from './service-path-link';
import { ServicePolicies } from './service-policies';
import { ServiceWorkloads } from './service-workloads';
import './service-detail-panel.css';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement || target instanceof HTMLSelectElement;
}

function DetailBody({ service, search }: { service: ServiceDetail; search: string }) {
  return (
    <>
      <section aria-labelledby="detail-meshes">
        <h3 id="detail-meshes">Mesh</h3>
        {service.meshes.length === 0 ? (
          <p className="muted">Not in a mesh.</p>
        ) : (
          <ul className="detail-meshes">
            {service.meshes.map((mesh) => (
              <li key={mesh.id}>
                <MeshKindBadge kind={mesh.kind} />
                <span className="mono">{mesh.version ?? 'unknown version'}</span>
                <HealthBadge health={mesh.health} title="Control plane health" />
              </li>
            ))}
          </ul>
        )}
        <dl className="detail-facts-grid">
          <dt>Versions</dt>
          <dd className="mono">{service.versions.join(', ') || '—'}</dd>
          <dt>Ports</dt>
          <dd className="mono">
            {service.ports
              .map((port) => `${port.name ? `${port.name} ` : ''}${port.port}/${port.protocol}`)
              .join(', ') || '—'}
          </dd>
        </dl>
      </section>
      <section aria-labelledby="detail-clusters">
        <h3 id="detail-clusters">Also in</h3>
        {service.otherClusters.length === 0 ? (
          <p className="muted">Only in {service.cluster.name}.</p>
        ) : (
          <ul className="detail-other-clusters">
            {service.otherClusters.map((other) => (
              <li key={other.id} data-cluster={other.cluster.name}>
                <ServicePathLink
                  id={other.id}
                  cluster={other.cluster.name}
                  namespace={other.namespace}
                  name={other.name}
                  search={search}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="detail-workloads">
        <h3 id="detail-workloads">
          Workloads <span className="muted">{service.workloads.length}</span>
        </h3>
        <ServiceWorkloads workloads={service.workloads} />
      </section>
      <section aria-labelledby="detail-policies">
        <h3 id="detail-policies">
          Policies <span className="muted">{service.policies.length}</span>
        </h3>
        <ServicePolicies policies={service.policies} />
      </section>
    </>
  );
}

/** The service of `/services/:serviceId` beside the list: where it runs, what runs it, what applies. */
export function ServiceDetailPanel() {
  const id = useParams().serviceId ?? '';
  const { data, error } = useServiceDetail(id);
  const { search } = useLocation();
  const navigate = useNavigate();
  const closeTo = `/services${search}`;
  const [cluster = '', namespace = '', , name = id] = id.split('/');

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || isTyping(event.target)) return;
      void navigate(`/services${window.location.search}`);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [navigate]);

  const service = data?.service;
  return (
    <aside className="service-detail" aria-labelledby="service-detail-heading" data-service-id={id}>
      <title>{`${name} · Services · Meshwork`}</title>
      <header className="service-detail-header">
        <div>
          <h2 id="service-detail-heading">{service?.name ?? name}</h2>
          <div className="muted">
            {service?.cluster.name ?? cluster} / {service?.namespace ?? namespace}
          </div>
        </div>
        <Link
          to={closeTo}
          className="service-detail-close"
          aria-label="Close the service details"
          title="Close (Esc)"
        >
          ×
        </Link>
      </header>
      {service ? (
        <DetailBody service={service} search={search} />
      ) : error ? (
        <p className="service-detail-error">
          {error.message.includes('no service with id')
            ? 'This service is no longer in the fleet.'
            : `Could not load the service: ${error.message}`}
        </p>
      ) : (
        <p className="muted">Loading…</p>
      )}
    </aside>
  );
}
