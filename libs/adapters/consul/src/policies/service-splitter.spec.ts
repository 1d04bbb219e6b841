import { PolicyEffectType } from '@meshwork/model';
import { discoverFixtures, fixtureSnapshot, policyNamed } from '../__fixtures__/load-fixtures';

describe('ServiceSplitter', () => {
  const { discovery } = discoverFixtures(
    fixtureSnapshot('east', 'control-plane', 'shop-workloads', 'config-entries'),
  );
  const policy = policyNamed(discovery, 'ServiceSplitter', 'api');

  it('reads splits as weighted backends over the resolver subsets', () => {
    expect(policy.targets).toEqual([{ type: 'SERVICE', service: 'east/shop/Service/api' }]);
    expect(policy.effects).toEqual([
      {
        type: PolicyEffectType.TRAFFIC_SPLIT,
        backends: [
          { service: 'east/shop/Service/api', subset: 'v1', weight: 90 },
          { service: 'east/shop/Service/api', subset: 'v2', weight: 10 },
        ],
      },
    ]);
  });

  it('reports header changes on a split as unmodelled', () => {
    expect(policy.unmodelled).toEqual(['spec.splits[1].requestHeaders']);
  });

  it('names a backend in another service by its Service id, and one with no Service by name', () => {
    const splitter = {
      apiVersion: 'consul.hashicorp.com/v1alpha1',
      kind: 'ServiceSplitter',
      metadata: { name: 'frontend', namespace: 'shop' },
      spec: {
        splits: [
          { weight: 50, service: 'api' },
          { weight: 50, service: 'frontend-next' },
        ],
      },
    };
    const { discovery: d } = discoverFixtures(
      fixtureSnapshot('east', 'control-plane', 'shop-workloads').add(splitter),
    );
    expect(policyNamed(d, 'ServiceSplitter', 'frontend').effects).toEqual([
      {
        type: PolicyEffectType.TRAFFIC_SPLIT,
        backends: [
          { service: 'east/shop/Service/api', weight: 50 },
          { service: 'frontend-next', weight: 50 },
        ],
      },
    ]);
  });
});
