import { healthFromReplicas, worstHealth } from './control-plane-health';
import { ControlPlaneHealth } from './mesh';

describe('healthFromReplicas', () => {
  it('is HEALTHY when every desired replica is ready', () => {
    expect(healthFromReplicas({ desired: 2, ready: 2 })).toBe(ControlPlaneHealth.HEALTHY);
  });
  it('is DEGRADED when only some replicas are ready', () => {
    expect(healthFromReplicas({ desired: 3, ready: 1 })).toBe(ControlPlaneHealth.DEGRADED);
  });
  it('is DOWN when no replica is ready or none is desired', () => {
    expect(healthFromReplicas({ desired: 2, ready: 0 })).toBe(ControlPlaneHealth.DOWN);
    expect(healthFromReplicas({ desired: 0, ready: 0 })).toBe(ControlPlaneHealth.DOWN);
  });
});

describe('worstHealth', () => {
  it('picks the most severe health and is UNKNOWN for nothing', () => {
    expect(worstHealth([ControlPlaneHealth.HEALTHY, ControlPlaneHealth.DEGRADED])).toBe(
      ControlPlaneHealth.DEGRADED,
    );
    expect(worstHealth([ControlPlaneHealth.DOWN, ControlPlaneHealth.HEALTHY])).toBe(
      ControlPlaneHealth.DOWN,
    );
    expect(worstHealth([])).toBe(ControlPlaneHealth.UNKNOWN);
  });
});
