import { type ReactNode } from 'react';

interface SortableHeaderProps {
  children: ReactNode;
  active: boolean;
  descending: boolean;
  onSort: () => void;
  className?: string;
}

/** A column header that sorts its table when clicked and tells assistive technology how. */
export function SortableHeader({
  children,
  active,
  descending,
  onSort,
  className,
}: SortableHeaderProps) {
  const ariaSort = active ? (descending ? 'descending' : 'ascending') : 'none';
  return (
    <th scope="col" aria-sort={ariaSort} className={className}>
      <button type="button" className="sort-button" onClick={onSort}>
        {children}
        <span className="sort-arrow" aria-hidden="true">
          {active ? (descending ? '▼' : '▲') : ''}
        </span>
      </button>
    </th>
  );
}
