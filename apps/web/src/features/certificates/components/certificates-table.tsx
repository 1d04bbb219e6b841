import { type MouseEvent, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { MeshKindBadge } from '../../../shared/components/mesh-kind-badge';
import { type CertificateRow } from '../graphql/certificate-rows';
import { certificatePath } from '../utils/certificate-ids';
import { roleWord } from '../utils/expiry-class';
import { expiresIn, isoDay } from '../utils/expires-in';
import { ExpiryBadge } from './expiry-badge';
import '../../../shared/components/data-table.css';

interface CertificatesTableProps {
  rows: readonly CertificateRow[];
  now: number;
  selectedId: string | undefined;
  search: string;
  emptyMessage: ReactNode;
}

const CHAIN_WORDS: Record<string, string> = {
  VALID: 'verified',
  SELF_SIGNED: 'self-signed',
  ISSUER_NOT_FOUND: 'issuer not found',
  SIGNATURE_INVALID: 'bad signature',
};

function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

function storedIn(row: CertificateRow): string {
  const where = row.source.namespace
    ? `${row.source.namespace}/${row.source.name}`
    : row.source.name;
  return `${row.source.kind} ${where} · ${row.source.key}`;
}

/** Every certificate, soonest expiry first (the hub's order): expired rows lead, in red with a word. */
export function CertificatesTable({
  rows,
  now,
  selectedId,
  search,
  emptyMessage,
}: CertificatesTableProps) {
  const navigate = useNavigate();
  return (
    <table className="data-table certificates-table">
      <thead>
        <tr>
          <th scope="col" className="col-expiry">
            Expiry
          </th>
          <th scope="col" className="col-where">
            Cluster / mesh
          </th>
          <th scope="col" className="col-role">
            Role
          </th>
          <th scope="col" className="col-subject">
            Subject
          </th>
          <th scope="col" className="col-source">
            Stored in
          </th>
          <th scope="col" className="col-chain">
            Chain
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr className="empty-row">
            <td colSpan={6}>{emptyMessage}</td>
          </tr>
        ) : (
          rows.map((row) => {
            const href = certificatePath(row.id, search);
            const open = (event: MouseEvent<HTMLAnchorElement>) => {
              if (!isPlainClick(event)) return;
              event.preventDefault();
              void navigate(href);
            };
            return (
              <tr
                key={row.id}
                data-certificate-id={row.id}
                data-class={row.expiryClass}
                className={`certificate-row class-${row.expiryClass.toLowerCase()}${
                  row.id === selectedId ? ' is-selected' : ''
                }`}
              >
                <td className="col-expiry">
                  <ExpiryBadge expiryClass={row.expiryClass} />{' '}
                  <span className="expires-in">{expiresIn(row.notAfter, now)}</span>
                  <div className="muted mono">{isoDay(row.notAfter)}</div>
                </td>
                <td className="col-where">
                  <span className="cluster-name">{row.cluster}</span>
                  <div>
                    {row.meshKind && <MeshKindBadge kind={row.meshKind} />}{' '}
                    <span className="muted">{row.meshName}</span>
                  </div>
                </td>
                <td className="col-role">{roleWord(row.role)}</td>
                <td className="col-subject" title={`${row.subject}\nissued by ${row.issuer}`}>
                  <a href={href} onClick={open} className="certificate-link">
                    {row.subject}
                  </a>
                  {row.note && <div className="muted certificate-note">{row.note}</div>}
                </td>
                <td className="col-source mono" title={storedIn(row)}>
                  {storedIn(row)}
                </td>
                <td className={`col-chain chain-${row.chain.status.toLowerCase()}`}>
                  {CHAIN_WORDS[row.chain.status] ?? row.chain.status}
                </td>
              </tr>
            );
          })
        )}
      </tbody>
    </table>
  );
}
