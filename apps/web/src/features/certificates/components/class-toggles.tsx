import { type CertificateExpiryClass } from '../../../graphql/generated/graphql';
import { StateIcon } from '../../../shared/components/state-icon';
import { expiryClasses, expiryTone, expiryWord } from '../utils/expiry-class';

interface ClassTogglesProps {
  counts: Record<CertificateExpiryClass, number>;
  selected: readonly CertificateExpiryClass[];
  onChange: (classes: CertificateExpiryClass[]) => void;
  thresholds?: { criticalDays: number; warningDays: number };
}

function explain(expiryClass: CertificateExpiryClass, t?: ClassTogglesProps['thresholds']) {
  if (!t) return undefined;
  switch (expiryClass) {
    case 'EXPIRED':
      return 'Past notAfter';
    case 'CRITICAL':
      return `Expires within ${t.criticalDays} days`;
    case 'WARNING':
      return `Expires within ${t.warningDays} days`;
    case 'OK':
      return `More than ${t.warningDays} days left`;
  }
}

/** How many certificates are in each class; each count filters the page to that class (or back). */
export function ClassToggles({ counts, selected, onChange, thresholds }: ClassTogglesProps) {
  return (
    <div className="class-toggles" role="group" aria-label="Filter by expiry class">
      {expiryClasses.map((expiryClass) => {
        const on = selected.includes(expiryClass);
        return (
          <button
            key={expiryClass}
            type="button"
            className={`class-toggle tone-${expiryTone(expiryClass)}${on ? ' is-on' : ''}`}
            aria-pressed={on}
            data-class={expiryClass}
            title={explain(expiryClass, thresholds)}
            onClick={() =>
              onChange(on ? selected.filter((c) => c !== expiryClass) : [...selected, expiryClass])
            }
          >
            <StateIcon tone={expiryTone(expiryClass)} />
            <span className="class-toggle-count">{counts[expiryClass]}</span>
            <span className="class-toggle-word">{expiryWord(expiryClass)}</span>
          </button>
        );
      })}
    </div>
  );
}
