/** A filter set from a link (not from a control on the page), shown so it can be seen and removed. */
export function FilterChip({ label, onRemove }: { label: string; onRemove: () => void }) {
  return (
    <button type="button" className="filter-chip" onClick={onRemove} title="Remove this filter">
      {label}
      <span aria-hidden="true" className="filter-chip-x">
        ×
      </span>
      <span className="visually-hidden">, remove</span>
    </button>
  );
}
