import { workloadReadiness } from './workload-readiness';

describe('workloadReadiness', () => {
  it('is ok when every desired replica is ready', () => {
    expect(workloadReadiness(3, 3)).toEqual({ tone: 'ok', label: '3/3 ready' });
  });

  it('is degraded when some replicas are not ready and failing when none are', () => {
    expect(workloadReadiness(1, 3)).toEqual({ tone: 'degraded', label: '1/3 ready' });
    expect(workloadReadiness(0, 2)).toEqual({ tone: 'failing', label: '0/2 ready' });
  });

  it('says so when the workload is scaled to zero', () => {
    expect(workloadReadiness(0, 0)).toEqual({ tone: 'unknown', label: 'scaled to zero' });
  });
});
