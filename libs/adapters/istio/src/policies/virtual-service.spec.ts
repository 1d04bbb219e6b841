import { PolicyEffectType } from '@meshwork/model';
import { discoverFixture, policyById } from '../testing/discover-fixture';

const discovery = discoverFixture('bookinfo-sidecar');
const REVIEWS = 'east/bookinfo/Service/reviews';

describe('VirtualService effects', () => {
  const reviews = policyById(discovery, 'east/bookinfo/VirtualService.networking.istio.io/reviews');
  const routeOf = (index: number) => reviews.effects.filter((e) => e.route?.index === index);

  it('targets the Service a short host names, with its source object', () => {
    expect(reviews.kind).toBe('VirtualService');
    expect(reviews.mesh).toBe('east/istio-system/Mesh/istio');
    expect(reviews.targets).toEqual([{ type: 'SERVICE', service: REVIEWS }]);
    expect(reviews.source).toMatchObject({
      cluster: 'east',
      group: 'networking.istio.io',
      namespace: 'bookinfo',
      name: 'reviews',
    });
  });

  it('reads a weighted split across subsets, resolving FQDN and short hosts to one Service', () => {
    const split = routeOf(1).find((e) => e.type === PolicyEffectType.TRAFFIC_SPLIT);
    expect(split).toEqual({
      type: PolicyEffectType.TRAFFIC_SPLIT,
      backends: [
        { service: REVIEWS, subset: 'v1', weight: 80 },
        { service: REVIEWS, subset: 'v2', weight: 20 },
      ],
      route: { index: 1, name: 'default', matches: [] },
    });
  });

  it('reads timeout, retries and mirror of the same route in milliseconds and percent', () => {
    const byType = Object.fromEntries(routeOf(1).map(({ route: _route, ...e }) => [e.type, e]));
    expect(byType[PolicyEffectType.TIMEOUT]).toEqual({ type: PolicyEffectType.TIMEOUT, ms: 1500 });
    expect(byType[PolicyEffectType.RETRY]).toEqual({
      type: PolicyEffectType.RETRY,
      attempts: 3,
      perTryTimeoutMs: 500,
      on: ['5xx', 'connect-failure', 'reset'],
    });
    expect(byType[PolicyEffectType.MIRROR]).toEqual({
      type: PolicyEffectType.MIRROR,
      to: { service: REVIEWS, subset: 'v3' },
      percent: 10,
    });
  });

  it('scopes effects to the route matches and reports match fields it cannot model', () => {
    const [first] = routeOf(0);
    expect(first?.route?.matches).toEqual([
      { path: { type: 'PREFIX', value: '/reviews' }, headers: { 'end-user': 'jason' } },
      {},
    ]);
    expect(routeOf(0).map((e) => e.type)).toEqual([
      PolicyEffectType.TRAFFIC_SPLIT,
      PolicyEffectType.FAULT_INJECTION,
    ]);
    expect(routeOf(0)[1]).toMatchObject({ delay: { ms: 7000, percent: 100 } });
    expect(reviews.unmodelled).toEqual([
      'spec.http[0].match[1].sourceLabels',
      'spec.http[1].corsPolicy',
    ]);
  });

  it('reads aborts and the `mirrors` list, keeping unknown hosts as written', () => {
    const ratings = policyById(
      discovery,
      'east/bookinfo/VirtualService.networking.istio.io/ratings',
    );
    expect(ratings.targets).toEqual([
      { type: 'SERVICE', service: 'east/bookinfo/Service/ratings' },
    ]);
    expect(ratings.effects.map(({ route: _route, ...e }) => e)).toEqual([
      { type: PolicyEffectType.FAULT_INJECTION, abort: { httpStatus: 503, percent: 5 } },
      { type: PolicyEffectType.MIRROR, to: { service: 'ratings-shadow.example.com' }, percent: 25 },
    ]);
  });
});
