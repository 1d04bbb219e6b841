import './select-filter.css';

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectFilterProps {
  label: string;
  /** What the empty value is called: "All clusters". */
  allLabel: string;
  value: string | null;
  options: readonly SelectOption[];
  onChange: (value: string | null) => void;
}

/**
 * One facet of a page's filter as a labelled select. A value from the URL that is not among the
 * options (a cluster that is gone) stays selectable, so the view never silently widens.
 */
export function SelectFilter({ label, allLabel, value, options, onChange }: SelectFilterProps) {
  const known = value === null || options.some((option) => option.value === value);
  return (
    <label className={`select-filter${value ? ' is-active' : ''}`}>
      <span className="select-filter-label">{label}</span>
      <select value={value ?? ''} onChange={(event) => onChange(event.target.value || null)}>
        <option value="">{allLabel}</option>
        {!known && value && <option value={value}>{value}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
