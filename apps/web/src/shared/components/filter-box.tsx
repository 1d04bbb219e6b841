import { type KeyboardEvent, useRef } from 'react';
import { useSlashToFocus } from '../hooks/use-slash-to-focus';
import './filter-box.css';

interface FilterBoxProps {
  value: string;
  onChange: (value: string) => void;
  label: string;
  placeholder: string;
}

/** The page's text filter; `/` focuses it and Escape clears it, then leaves it. */
export function FilterBox({ value, onChange, label, placeholder }: FilterBoxProps) {
  const input = useRef<HTMLInputElement>(null);
  useSlashToFocus(input);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Escape') return;
    if (value) onChange('');
    else input.current?.blur();
  };

  return (
    <label className="filter-box">
      <span className="visually-hidden">{label}</span>
      <input
        ref={input}
        type="search"
        value={value}
        placeholder={placeholder}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
        autoComplete="off"
        spellCheck={false}
      />
      <kbd className="filter-box-hint" aria-hidden="true" title="Press / to filter">
        /
      </kbd>
    </label>
  );
}
