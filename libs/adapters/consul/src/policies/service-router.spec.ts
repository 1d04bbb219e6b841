import { PolicyEffectType } from '@meshwork/model';
import { discoverFixtures, fixtureSnapshot, policyNamed } from '../__fixtures__/load-fixtures';

const api = 'east/shop/Service/api';

describe('ServiceRouter', () => {
  const { discovery } = discoverFixtures(
    fixtureSnapshot('east', 'control-plane', 'shop-workloads', 'config-entries'),
  );
  const policy = policyNamed(discovery, 'ServiceRouter', 'api');
  const onRoute = (index: number) => policy.effects.filter((e) => e.route?.index === index);

  it('reads a header route to a subset with its timeout and retries', () => {
    const route = { index: 0, matches: [{ headers: { 'x-canary': 'true' } }] };
    expect(onRoute(0)).toEqual([
      {
        type: PolicyEffectType.TRAFFIC_SPLIT,
        route,
        backends: [{ service: api, subset: 'v2', weight: 100 }],
      },
      { type: PolicyEffectType.TIMEOUT, route, ms: 2000 },
      { type: PolicyEffectType.RETRY, route, attempts: 3, on: ['connect-failure', '503'] },
    ]);
  });

  it('makes one match per method and keeps a route that only sets a timeout', () => {
    expect(onRoute(1)).toEqual([
      {
        type: PolicyEffectType.TIMEOUT,
        route: {
          index: 1,
          matches: [
            { path: { type: 'PREFIX', value: '/admin' }, method: 'GET' },
            { path: { type: 'PREFIX', value: '/admin' }, method: 'POST' },
          ],
        },
        ms: 90_000,
      },
    ]);
  });

  it('retries once when only retry conditions are given, for a catch-all route', () => {
    expect(onRoute(2)).toContainEqual({
      type: PolicyEffectType.RETRY,
      route: { index: 2, matches: [] },
      attempts: 1,
      on: ['reset', 'gateway-error'],
    });
  });

  it('reports query-parameter matches and path rewrites as unmodelled', () => {
    expect(policy.unmodelled).toEqual([
      'spec.routes[1].match.http.queryParam',
      'spec.routes[1].destination.prefixRewrite',
    ]);
  });
});
