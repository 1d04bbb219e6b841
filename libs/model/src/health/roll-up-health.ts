import { ControlPlaneHealth } from '../mesh/mesh';
import { Health, HEALTH_SEVERITY } from './health';
import type { HealthAssessment } from './health-assessment';

export interface HealthMember {
  name: string;
  health: Health;
}

const MAX_NAMED = 3;

/**
 * Health of a group (a mesh's or a cluster's workloads): the worst member's, with one reason per
 * non-healthy level naming up to three members, e.g. `2 workloads FAILING: cart-v1, web`.
 * UNKNOWN members do not make the group unknown when others are known.
 */
export function rollUpHealth(members: readonly HealthMember[], noun: string): HealthAssessment {
  if (members.length === 0) return { health: Health.UNKNOWN, reasons: [`no ${noun}s`] };
  const known = members.filter((m) => m.health !== Health.UNKNOWN);
  if (known.length === 0) return { health: Health.UNKNOWN, reasons: [`no ${noun} health known`] };
  const reasons: string[] = [];
  for (const level of [Health.FAILING, Health.DEGRADED]) {
    const at = known
      .filter((m) => m.health === level)
      .map((m) => m.name)
      .sort();
    if (!at.length) continue;
    const named = at.slice(0, MAX_NAMED).join(', ') + (at.length > MAX_NAMED ? ', …' : '');
    reasons.push(`${at.length} ${noun}${at.length === 1 ? '' : 's'} ${level}: ${named}`);
  }
  const worst = known.reduce((a, b) =>
    HEALTH_SEVERITY[b.health] > HEALTH_SEVERITY[a.health] ? b : a,
  );
  const allIdle = known.every((m) => m.health === Health.IDLE);
  return {
    health: allIdle ? Health.IDLE : worst.health === Health.IDLE ? Health.HEALTHY : worst.health,
    reasons,
  };
}

/** A control plane's replica health on the traffic health scale. */
export function controlPlaneAssessment(name: string, health: ControlPlaneHealth): HealthAssessment {
  switch (health) {
    case ControlPlaneHealth.HEALTHY:
      return { health: Health.HEALTHY, reasons: [] };
    case ControlPlaneHealth.DEGRADED:
      return { health: Health.DEGRADED, reasons: [`control plane ${name} degraded`] };
    case ControlPlaneHealth.DOWN:
      return { health: Health.FAILING, reasons: [`control plane ${name} down`] };
    case ControlPlaneHealth.UNKNOWN:
      return { health: Health.UNKNOWN, reasons: [`control plane ${name} health unknown`] };
  }
}
