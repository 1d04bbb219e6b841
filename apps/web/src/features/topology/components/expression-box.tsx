import { type FormEvent, useEffect, useState } from 'react';

interface ExpressionBoxProps {
  label: string;
  placeholder: string;
  /** The expression in force (from the URL). */
  value: string;
  onApply: (expression: string) => void;
  /** Why the hub rejected the expression in force, if it did. */
  error?: string;
}

/**
 * A find or hide expression, sent to the hub on Enter (not per keystroke: each one is a new
 * graph query). Escape clears it.
 */
export function ExpressionBox({ label, placeholder, value, onApply, error }: ExpressionBoxProps) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(text.trim());
  };
  return (
    <form className="topology-expression" onSubmit={submit} role="search" aria-label={label}>
      <label>
        <span className="topology-control-label">{label}</span>
        <input
          type="search"
          value={text}
          placeholder={placeholder}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          title={error ?? 'Press Enter to apply'}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            setText('');
            onApply('');
          }}
          onBlur={() => {
            if (text.trim() !== value) onApply(text.trim());
          }}
        />
      </label>
    </form>
  );
}
