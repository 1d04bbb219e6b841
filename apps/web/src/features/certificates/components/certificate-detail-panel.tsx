import { useEffect } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { MeshKindBadge } from '../../../shared/components/mesh-kind-badge';
import { StateBadge } from '../../../shared/components/state-badge';
import { type CertificateDetail } from '../graphql/certificate-rows';
import { useCertificateDetail } from '../hooks/use-certificate-detail';
import { certificatePath } from '../utils/certificate-ids';
import { roleWord, severityTone } from '../utils/expiry-class';
import { expiresIn, isoDay } from '../utils/expires-in';
import { ExpiryBadge } from './expiry-badge';
import './certificate-detail-panel.css';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement || target instanceof HTMLSelectElement;
}

const sourceText = (s: CertificateDetail['source']) =>
  `${s.kind} ${s.namespace ? `${s.namespace}/` : ''}${s.name} · ${s.key}${s.index ? ` #${s.index + 1}` : ''}`;

function Chain({ certificate, search }: { certificate: CertificateDetail; search: string }) {
  const top = certificate.issuers[certificate.issuers.length - 1];
  const complete = top?.chain.status === 'SELF_SIGNED';
  return (
    <section aria-labelledby="detail-chain">
      <h3 id="detail-chain">Chain</h3>
      <ol className="certificate-chain">
        {certificate.issuers.map((link, i) => (
          <li key={link.id} data-chain-status={link.chain.status}>
            <div>
              <ExpiryBadge expiryClass={link.expiryClass} />{' '}
              {i === 0 ? (
                <strong>{link.subject}</strong>
              ) : (
                <Link to={certificatePath(link.id, search)}>{link.subject}</Link>
              )}{' '}
              <span className="muted">{roleWord(link.role)}</span>
            </div>
            <div className="muted">
              {link.chain.message} · notAfter {isoDay(link.notAfter)}
            </div>
          </li>
        ))}
      </ol>
      <p className={complete ? 'chain-verdict is-ok' : 'chain-verdict is-broken'}>
        {complete
          ? `Verified up to a self-signed root (${certificate.issuers.length} certificate${
              certificate.issuers.length === 1 ? '' : 's'
            }).`
          : 'The chain stops before a root: the mesh could not verify this certificate with what it stores.'}
      </p>
    </section>
  );
}

function Facts({ certificate, now }: { certificate: CertificateDetail; now: number }) {
  const key = `${certificate.keyAlgorithm}${certificate.keySize ? ` ${certificate.keySize} bits` : ''}${
    certificate.curve ? ` (${certificate.curve})` : ''
  }`;
  return (
    <dl className="detail-facts-grid">
      <dt>Expires</dt>
      <dd>
        <ExpiryBadge expiryClass={certificate.expiryClass} /> {expiresIn(certificate.notAfter, now)}{' '}
        <span className="mono">{certificate.notAfter}</span>
      </dd>
      <dt>Valid from</dt>
      <dd className="mono">{certificate.notBefore}</dd>
      <dt>Issuer</dt>
      <dd>{certificate.issuer}</dd>
      <dt>Stored in</dt>
      <dd className="mono">
        {sourceText(certificate.source)}
        {certificate.alsoIn.map((s) => (
          <div key={`${s.kind}:${s.namespace}:${s.name}:${s.key}:${s.index}`} className="muted">
            also {sourceText(s)}
          </div>
        ))}
      </dd>
      <dt>Key</dt>
      <dd>{key}</dd>
      <dt>CA</dt>
      <dd>
        {certificate.isCA ? 'yes' : 'no'}
        {certificate.pathLen !== null && certificate.pathLen !== undefined
          ? `, path length ${certificate.pathLen}`
          : ''}
      </dd>
      {certificate.trustDomain && (
        <>
          <dt>Trust domain</dt>
          <dd className="mono">{certificate.trustDomain}</dd>
        </>
      )}
      <dt>SANs</dt>
      <dd className="mono">{certificate.sans.join(', ') || '—'}</dd>
      <dt>Serial</dt>
      <dd className="mono break">{certificate.serial}</dd>
      <dt>SHA-256</dt>
      <dd className="mono break">{certificate.sha256Fingerprint}</dd>
    </dl>
  );
}

/** The certificate of `/certificates/:certificateId` beside the list: facts, chain, findings, PEM. */
export function CertificateDetailPanel() {
  const id = useParams().certificateId ?? '';
  const { data, error } = useCertificateDetail(id);
  const { search } = useLocation();
  const navigate = useNavigate();
  const now = Date.now();

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || isTyping(event.target)) return;
      void navigate(`/certificates${window.location.search}`);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [navigate]);

  const certificate = data?.certificate;
  return (
    <aside
      className="certificate-detail"
      aria-labelledby="certificate-detail-heading"
      data-certificate-id={id}
    >
      <title>{`${certificate?.subject ?? 'Certificate'} · Certificates · Meshwork`}</title>
      <header className="certificate-detail-header">
        <div>
          <h2 id="certificate-detail-heading">{certificate?.subject ?? id.split('/').pop()}</h2>
          {certificate && (
            <div className="muted">
              {certificate.cluster} /{' '}
              {certificate.meshKind && <MeshKindBadge kind={certificate.meshKind} />}{' '}
              {certificate.meshName} · {roleWord(certificate.role)}
            </div>
          )}
        </div>
        <Link
          to={`/certificates${search}`}
          className="certificate-detail-close"
          aria-label="Close the certificate details"
          title="Close (Esc)"
        >
          ×
        </Link>
      </header>
      {certificate ? (
        <>
          {certificate.note && <p className="certificate-note">{certificate.note}</p>}
          {certificate.findings.length > 0 && (
            <section aria-labelledby="detail-findings">
              <h3 id="detail-findings">Findings</h3>
              <ul className="detail-findings">
                {certificate.findings.map((f) => (
                  <li key={f.id}>
                    <StateBadge tone={severityTone(f.severity)} state={f.severity}>
                      {f.severity.toLowerCase()}
                    </StateBadge>{' '}
                    {f.message}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <Facts certificate={certificate} now={now} />
          <Chain certificate={certificate} search={search} />
          <section aria-labelledby="detail-pem">
            <h3 id="detail-pem">Certificate (PEM, public)</h3>
            <pre className="certificate-pem">{certificate.pem}</pre>
          </section>
        </>
      ) : error ? (
        <p className="certificate-detail-error">
          {error.message.includes('no certificate with id')
            ? 'This certificate is no longer in the fleet.'
            : `Could not load the certificate: ${error.message}`}
        </p>
      ) : (
        <p className="muted">Loading…</p>
      )}
    </aside>
  );
}
