import { type ReactNode } from 'react';
import { StateIcon, type StateTone } from './state-icon';
import './state-badge.css';

interface StateBadgeProps {
  tone: StateTone;
  children: ReactNode;
  title?: string;
  /** For tests and styling: the raw state, e.g. DEGRADED. */
  state?: string;
}

/** A state word with its icon, coloured by tone: the word is what people and tests read. */
export function StateBadge({ tone, children, title, state }: StateBadgeProps) {
  return (
    <span className={`state-badge tone-${tone}`} title={title} data-state={state}>
      <StateIcon tone={tone} />
      {children}
    </span>
  );
}
