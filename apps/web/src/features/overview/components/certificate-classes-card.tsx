import { Link } from 'react-router';
import { StateIcon } from '../../../shared/components/state-icon';
import { type CertificateCounts } from '../graphql/overview-rows';
import { certificateClasses } from '../utils/certificate-classes';

/** Certificates by expiry class, most urgent first, each count opening the filtered list. */
export function CertificateClassesCard({ counts }: { counts: CertificateCounts }) {
  const { total, rows, findings } = certificateClasses(counts);
  return (
    <section
      className="overview-card"
      aria-labelledby="certificate-classes-heading"
      data-testid="certificate-classes"
    >
      <h2 id="certificate-classes-heading">Certificates by expiry</h2>
      <Link to="/certificates" className="certificate-total" data-testid="certificate-total">
        {total.toLocaleString('en')} {total === 1 ? 'certificate' : 'certificates'}
      </Link>
      <ul className="certificate-classes">
        {rows.map((row) => (
          <li
            key={row.expiryClass}
            className={row.alarm ? `tone-${row.tone}` : undefined}
            data-expiry-class={row.expiryClass}
          >
            <span className="certificate-class-icon">
              {row.alarm && <StateIcon tone={row.tone} />}
            </span>
            <Link to={row.link} className="certificate-class-count">
              {row.count.toLocaleString('en')} {row.word}
            </Link>
            <span className="certificate-class-hint">{row.hint}</span>
          </li>
        ))}
      </ul>
      <p
        className={`certificate-findings${findings.tone ? ` tone-${findings.tone}` : ''}`}
        data-testid="certificate-findings"
      >
        {findings.tone && <StateIcon tone={findings.tone} />}
        <Link to={findings.link}>{findings.text}</Link>
      </p>
    </section>
  );
}
