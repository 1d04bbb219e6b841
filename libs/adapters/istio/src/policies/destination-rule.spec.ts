import { MtlsModeValue, PolicyEffectType } from '@meshwork/model';
import { discoverFixture, policyById } from '../testing/discover-fixture';

const discovery = discoverFixture('bookinfo-sidecar');

describe('DestinationRule effects', () => {
  it('merges connection pool and outlier detection into one circuit breaker, plus client mTLS', () => {
    const rule = policyById(discovery, 'east/bookinfo/DestinationRule.networking.istio.io/reviews');
    expect(rule.targets).toEqual([{ type: 'SERVICE', service: 'east/bookinfo/Service/reviews' }]);
    expect(rule.effects).toEqual([
      {
        type: PolicyEffectType.CIRCUIT_BREAKER,
        maxConnections: 100,
        maxPendingRequests: 10,
        maxRequestsPerConnection: 5,
        consecutiveErrors: 7,
        intervalMs: 300_000,
        baseEjectionTimeMs: 900_000,
        maxEjectionPercent: 50,
      },
      { type: PolicyEffectType.MTLS_MODE, mode: MtlsModeValue.STRICT, side: 'CLIENT' },
    ]);
    expect(rule.unmodelled).toEqual(['spec.trafficPolicy.loadBalancer']);
  });

  it('reports TLS origination (SIMPLE) as unmodelled and keeps external hosts as HOST targets', () => {
    const rule = policyById(
      discovery,
      'east/bookinfo/DestinationRule.networking.istio.io/external-api',
    );
    expect(rule.targets).toEqual([{ type: 'HOST', host: 'api.example.com' }]);
    expect(rule.effects).toEqual([]);
    expect(rule.unmodelled).toEqual(['spec.trafficPolicy.tls']);
  });
});
