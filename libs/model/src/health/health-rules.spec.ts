import { Health } from './health';
import { worstAssessment } from './health-assessment';
import { DEFAULT_HEALTH_TOLERANCE, HealthTolerances } from './health-tolerance';
import { replicaHealth } from './replica-health';
import { trafficHealth } from './traffic-health';

const traffic = (serverErrorPercent: number, clientErrorPercent = 0) =>
  trafficHealth(
    { requestRate: 10, serverErrorPercent, clientErrorPercent },
    DEFAULT_HEALTH_TOLERANCE,
  );

describe('health rules', () => {
  it('judges 5xx by default: healthy under 0.1 %, degraded from 0.1 %, failing from 10 %', () => {
    expect(traffic(0.05).health).toBe(Health.HEALTHY);
    expect(traffic(0.5)).toEqual({ health: Health.DEGRADED, reasons: ['5xx 0.50 % ≥ 0.1 %'] });
    expect(traffic(10)).toEqual({ health: Health.FAILING, reasons: ['5xx 10.0 % ≥ 10 %'] });
  });

  it('judges 4xx by default: degraded from 10 %, failing from 20 %', () => {
    expect(traffic(0, 9.9).health).toBe(Health.HEALTHY);
    expect(traffic(0, 12).health).toBe(Health.DEGRADED);
    expect(traffic(0, 25)).toEqual({ health: Health.FAILING, reasons: ['4xx 25.0 % ≥ 20 %'] });
  });

  it('keeps both reasons and the worse health when 5xx and 4xx are both off', () => {
    const both = traffic(1, 25);
    expect(both.health).toBe(Health.FAILING);
    expect(both.reasons).toHaveLength(2);
  });

  it('is IDLE without requests and UNKNOWN without metrics', () => {
    expect(trafficHealth({ requestRate: 0 }, DEFAULT_HEALTH_TOLERANCE).health).toBe(Health.IDLE);
    expect(trafficHealth({}, DEFAULT_HEALTH_TOLERANCE)).toEqual({
      health: Health.UNKNOWN,
      reasons: ['no traffic metrics'],
    });
  });

  it('reads pod readiness: all ready healthy, some degraded, none failing, none desired idle', () => {
    expect(replicaHealth({ desired: 3, ready: 3 }).health).toBe(Health.HEALTHY);
    expect(replicaHealth({ desired: 3, ready: 1 })).toEqual({
      health: Health.DEGRADED,
      reasons: ['1/3 pods ready'],
    });
    expect(replicaHealth({ desired: 2, ready: 0 }).health).toBe(Health.FAILING);
    expect(replicaHealth({ desired: 0, ready: 0 }).health).toBe(Health.IDLE);
  });

  it('takes the worst of pod and traffic health, with every reason', () => {
    const worst = worstAssessment([replicaHealth({ desired: 3, ready: 2 }), traffic(12)]);
    expect(worst).toEqual({
      health: Health.FAILING,
      reasons: ['2/3 pods ready', '5xx 12.0 % ≥ 10 %'],
    });
    expect(worstAssessment([]).health).toBe(Health.UNKNOWN);
    expect(worstAssessment([{ health: Health.IDLE, reasons: [] }, traffic(0)]).health).toBe(
      Health.HEALTHY,
    );
  });

  it('applies the first tolerance rule whose anchored patterns match, else the default', () => {
    const lenient = {
      namespace: 'batch-.*',
      serverErrors: { degradedAt: 5, failingAt: 50 },
      clientErrors: { degradedAt: 50, failingAt: 90 },
    };
    const tolerances = new HealthTolerances([lenient]);
    expect(tolerances.for({ namespace: 'batch-eu', name: 'x', kind: 'SERVICE' })).toBe(lenient);
    expect(tolerances.for({ namespace: 'prod-batch-eu', name: 'x', kind: 'SERVICE' })).toBe(
      DEFAULT_HEALTH_TOLERANCE,
    );
    const rule = tolerances.for({ namespace: 'batch-eu', name: 'x', kind: 'SERVICE' });
    expect(trafficHealth({ requestRate: 1, serverErrorPercent: 3 }, rule).health).toBe(
      Health.HEALTHY,
    );
  });
});
