import { type StateTone } from '../../../shared/components/state-icon';

export interface Readiness {
  tone: StateTone;
  /** "2/3 ready", or "scaled to zero". */
  label: string;
}

/** A workload's replicas as a state: all ready, some, none, or none wanted. */
export function workloadReadiness(ready: number, desired: number): Readiness {
  if (desired === 0) return { tone: 'unknown', label: 'scaled to zero' };
  const label = `${ready}/${desired} ready`;
  if (ready >= desired) return { tone: 'ok', label };
  return { tone: ready === 0 ? 'failing' : 'degraded', label };
}
