import { PolicyEffectType } from '@meshwork/model';
import {
  failureAccrualFromAnnotations,
  retryFromAnnotations,
  timeoutFromAnnotations,
} from './client-annotations';
import { InvalidObjectError } from './invalid-object';

describe('client policy annotations', () => {
  it('turns any retry key on, with a limit of 1 unless set', () => {
    expect(retryFromAnnotations({ 'retry.linkerd.io/http': '5xx,502-504' }, false)).toEqual({
      type: PolicyEffectType.RETRY,
      attempts: 1,
      on: ['5xx', '502-504'],
    });
    expect(retryFromAnnotations({ 'retry.linkerd.io/timeout': '250ms' }, false)).toEqual({
      type: PolicyEffectType.RETRY,
      attempts: 1,
      perTryTimeoutMs: 250,
    });
  });

  it('treats a limit of 0 as unset, and no retry keys as no retries', () => {
    expect(retryFromAnnotations({ 'retry.linkerd.io/limit': '0' }, false)).toBeUndefined();
    expect(retryFromAnnotations({ 'timeout.linkerd.io/request': '1s' }, false)).toBeUndefined();
  });

  it('lists gRPC conditions only where gRPC routes are in scope', () => {
    const annotations = { 'retry.linkerd.io/grpc': 'cancelled,deadline-exceeded' };
    expect(retryFromAnnotations(annotations, true)?.on).toEqual(['cancelled', 'deadline-exceeded']);
    expect(retryFromAnnotations(annotations, false)).toBeUndefined();
  });

  it('rejects values the policy controller rejects', () => {
    expect(() => retryFromAnnotations({ 'retry.linkerd.io/limit': 'lots' }, false)).toThrow(
      InvalidObjectError,
    );
    expect(() => retryFromAnnotations({ 'retry.linkerd.io/http': '5xx,teapot' }, false)).toThrow(
      /teapot/,
    );
    expect(() => retryFromAnnotations({ 'retry.linkerd.io/http': '600' }, false)).toThrow(
      InvalidObjectError,
    );
    expect(() => timeoutFromAnnotations({ 'timeout.linkerd.io/request': '1m30s' })).toThrow(
      /duration/,
    );
  });

  it('reads a zero request timeout as no timeout', () => {
    expect(timeoutFromAnnotations({ 'timeout.linkerd.io/request': '0' })).toBeUndefined();
    expect(timeoutFromAnnotations({ 'timeout.linkerd.io/request': '2m' })).toEqual({
      type: PolicyEffectType.TIMEOUT,
      ms: 120_000,
    });
  });

  it('applies the failure-accrual defaults of 7 failures and a 1s penalty', () => {
    expect(
      failureAccrualFromAnnotations({ 'balancer.linkerd.io/failure-accrual': 'consecutive' }),
    ).toEqual({
      type: PolicyEffectType.CIRCUIT_BREAKER,
      consecutiveErrors: 7,
      baseEjectionTimeMs: 1000,
    });
    expect(failureAccrualFromAnnotations({})).toBeUndefined();
  });

  it('rejects unknown failure-accrual modes and penalties that contradict each other', () => {
    expect(() =>
      failureAccrualFromAnnotations({ 'balancer.linkerd.io/failure-accrual': 'success-rate' }),
    ).toThrow(/unsupported mode/);
    expect(() =>
      failureAccrualFromAnnotations({
        'balancer.linkerd.io/failure-accrual': 'consecutive',
        'balancer.linkerd.io/failure-accrual-consecutive-min-penalty': '2m',
        'balancer.linkerd.io/failure-accrual-consecutive-max-penalty': '1m',
      }),
    ).toThrow(/below the minimum/);
  });
});
