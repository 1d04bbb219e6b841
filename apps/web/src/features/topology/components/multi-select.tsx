import { useId } from 'react';

export interface MultiSelectOption {
  value: string;
  label: string;
  /** A second word, e.g. the cluster of a mesh. */
  detail?: string;
}

interface MultiSelectProps {
  label: string;
  /** The plural for the summary: "3 clusters". */
  noun: string;
  options: readonly MultiSelectOption[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
}

/** A dropdown of checkboxes; nothing checked means all. */
export function MultiSelect({ label, noun, options, selected, onChange }: MultiSelectProps) {
  const id = useId();
  const chosen = new Set(selected);
  // A value in the URL the hub no longer knows still shows, so it can be unchecked.
  const all: MultiSelectOption[] = [
    ...options,
    ...selected
      .filter((value) => !options.some((option) => option.value === value))
      .map((value) => ({ value, label: value })),
  ];
  const summary =
    selected.length === 0
      ? `All ${noun}`
      : selected.length <= 2
        ? selected
            .map((value) => all.find((option) => option.value === value)?.label ?? value)
            .join(', ')
        : `${selected.length} ${noun}`;
  const toggle = (value: string) =>
    onChange(chosen.has(value) ? selected.filter((item) => item !== value) : [...selected, value]);
  return (
    <details className="topology-multi-select" data-filter={noun}>
      <summary aria-describedby={`${id}-value`}>
        <span className="topology-control-label">{label}</span>
        <span id={`${id}-value`} className="topology-multi-select-value">
          {summary}
        </span>
      </summary>
      <div className="topology-multi-select-menu" role="group" aria-label={label}>
        <button
          type="button"
          className="link-button"
          onClick={() => onChange([])}
          disabled={selected.length === 0}
        >
          All {noun}
        </button>
        {all.length === 0 && <p className="muted">None known yet</p>}
        {all.map((option) => (
          <label key={option.value}>
            <input
              type="checkbox"
              checked={chosen.has(option.value)}
              onChange={() => toggle(option.value)}
            />
            <span>{option.label}</span>
            {option.detail && <span className="muted"> {option.detail}</span>}
          </label>
        ))}
      </div>
    </details>
  );
}
