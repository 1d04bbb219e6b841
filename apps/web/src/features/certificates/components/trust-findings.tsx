import { Link } from 'react-router';
import { StateBadge } from '../../../shared/components/state-badge';
import {
  type CertificateRow,
  type CertificateSourceRow,
  type TrustFindingRow,
} from '../graphql/certificate-rows';
import { certificatePath } from '../utils/certificate-ids';
import { roleWord, severityTone } from '../utils/expiry-class';

interface TrustFindingsProps {
  findings: readonly TrustFindingRow[];
  sources: readonly CertificateSourceRow[];
  certificatesById: ReadonlyMap<string, CertificateRow>;
  search: string;
}

const KIND_WORDS: Record<string, string> = {
  SHARED_ROOT: 'Shared root',
  ROOT_MISMATCH: 'Root mismatch',
  TRUST_DOMAIN_MISMATCH: 'Trust domain mismatch',
  ISSUER_NOT_SIGNED_BY_ROOT: 'Issuer not signed by root',
  ROOT_EXPIRES_BEFORE_ISSUER: 'Root expires before issuer',
  WEAK_KEY: 'Weak key',
  LINKED_PEER_NOT_FOUND: 'Linked peer not found',
  NO_ROOT: 'No root',
};

/**
 * What the hub concluded about trust, errors first (the hub's order), then sources it could not read
 * (a Consul mesh without the Consul API shows no Connect CA, and says so here).
 */
export function TrustFindings({ findings, sources, certificatesById, search }: TrustFindingsProps) {
  const unread = sources.filter((s) => s.state !== 'OK');
  if (findings.length === 0 && unread.length === 0) return null;
  return (
    <section className="trust-findings" aria-labelledby="trust-findings-heading">
      <h2 id="trust-findings-heading">
        Trust findings <span className="muted">{findings.length}</span>
      </h2>
      <ul>
        {findings.map((finding) => (
          <li key={finding.id} data-kind={finding.kind} data-severity={finding.severity}>
            <StateBadge tone={severityTone(finding.severity)} state={finding.severity}>
              {KIND_WORDS[finding.kind] ?? finding.kind}
            </StateBadge>
            <span className="trust-finding-message">{finding.message}</span>
            {finding.certificates.length > 0 && (
              <span className="trust-finding-certificates">
                {finding.certificates.map((id) => {
                  const certificate = certificatesById.get(id);
                  return (
                    <Link key={id} to={certificatePath(id, search)}>
                      {certificate
                        ? `${certificate.cluster} ${roleWord(certificate.role).toLowerCase()}`
                        : id.split('/')[0]}
                    </Link>
                  );
                })}
              </span>
            )}
          </li>
        ))}
        {unread.map((source) => (
          <li key={`${source.mesh}:${source.kind}`} data-kind="SOURCE" data-state={source.state}>
            <StateBadge tone="unknown" state={source.state}>
              {source.state === 'NOT_CONFIGURED' ? 'Not read' : source.state.toLowerCase()}
            </StateBadge>
            <span className="trust-finding-message">{source.message}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
