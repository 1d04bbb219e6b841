import { ControlPlaneHealth } from '../mesh/mesh';
import { Health } from './health';
import { controlPlaneAssessment, rollUpHealth } from './roll-up-health';

describe('rollUpHealth', () => {
  it('is the worst member, naming up to three per non-healthy level', () => {
    const result = rollUpHealth(
      [
        { name: 'a', health: Health.HEALTHY },
        { name: 'e', health: Health.FAILING },
        { name: 'd', health: Health.DEGRADED },
        { name: 'c', health: Health.DEGRADED },
        { name: 'b', health: Health.DEGRADED },
        { name: 'f', health: Health.DEGRADED },
      ],
      'workload',
    );
    expect(result).toEqual({
      health: Health.FAILING,
      reasons: ['1 workload FAILING: e', '4 workloads DEGRADED: b, c, d, …'],
    });
  });

  it('is HEALTHY when members are healthy or idle, IDLE when all are idle, UNKNOWN when none is known', () => {
    expect(
      rollUpHealth(
        [
          { name: 'a', health: Health.IDLE },
          { name: 'b', health: Health.HEALTHY },
        ],
        'w',
      ).health,
    ).toBe(Health.HEALTHY);
    expect(rollUpHealth([{ name: 'a', health: Health.IDLE }], 'w').health).toBe(Health.IDLE);
    expect(rollUpHealth([{ name: 'a', health: Health.UNKNOWN }], 'w').health).toBe(Health.UNKNOWN);
    expect(
      rollUpHealth(
        [
          { name: 'a', health: Health.UNKNOWN },
          { name: 'b', health: Health.HEALTHY },
        ],
        'w',
      ).health,
    ).toBe(Health.HEALTHY);
    expect(rollUpHealth([], 'workload')).toEqual({
      health: Health.UNKNOWN,
      reasons: ['no workloads'],
    });
  });

  it('maps control-plane health onto the same scale with a reason', () => {
    expect(controlPlaneAssessment('istiod', ControlPlaneHealth.DOWN)).toEqual({
      health: Health.FAILING,
      reasons: ['control plane istiod down'],
    });
    expect(controlPlaneAssessment('istiod', ControlPlaneHealth.HEALTHY).health).toBe(
      Health.HEALTHY,
    );
  });
});
