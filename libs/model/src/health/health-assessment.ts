import { Health, HEALTH_SEVERITY } from './health';

/** A health with the reasons for it (empty when HEALTHY or IDLE). */
export interface HealthAssessment {
  health: Health;
  reasons: string[];
}

/**
 * The worst of several assessments, with the reasons of every non-healthy one. UNKNOWN only wins over
 * HEALTHY and IDLE: one unknown input does not hide a known failure.
 */
export function worstAssessment(assessments: readonly HealthAssessment[]): HealthAssessment {
  let health: Health | undefined;
  const reasons: string[] = [];
  for (const a of assessments) {
    if (health === undefined || HEALTH_SEVERITY[a.health] > HEALTH_SEVERITY[health])
      health = a.health;
    reasons.push(...a.reasons);
  }
  return { health: health ?? Health.UNKNOWN, reasons: [...new Set(reasons)] };
}
