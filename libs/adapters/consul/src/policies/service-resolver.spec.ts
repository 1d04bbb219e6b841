import { PolicyEffectType } from '@meshwork/model';
import { discoverFixtures, fixtureSnapshot, policyNamed } from '../__fixtures__/load-fixtures';

describe('ServiceResolver', () => {
  const { discovery } = discoverFixtures(
    fixtureSnapshot('east', 'control-plane', 'shop-workloads', 'config-entries'),
  );
  const policy = policyNamed(discovery, 'ServiceResolver', 'api');

  it('pins traffic to the default subset and reads the request timeout', () => {
    expect(policy.effects).toEqual([
      {
        type: PolicyEffectType.TRAFFIC_SPLIT,
        backends: [{ service: 'east/shop/Service/api', subset: 'v1', weight: 100 }],
      },
      { type: PolicyEffectType.TIMEOUT, ms: 30_000 },
    ]);
  });

  it('reports failover, connect timeout and filters it cannot read as unmodelled', () => {
    expect([...policy.unmodelled].sort()).toEqual([
      'spec.connectTimeout',
      'spec.failover',
      'spec.subsets.tagged.filter',
      'spec.subsets.v2.onlyPassing',
    ]);
  });

  it('writes a redirect to a cluster peer as the Consul DNS name of the peer service', () => {
    const resolver = {
      apiVersion: 'consul.hashicorp.com/v1alpha1',
      kind: 'ServiceResolver',
      metadata: { name: 'billing', namespace: 'shop' },
      spec: { redirect: { service: 'billing', peer: 'west' }, defaultSubset: 'v1' },
    };
    const { discovery: d } = discoverFixtures(
      fixtureSnapshot('east', 'control-plane', 'shop-workloads').add(resolver),
    );
    const redirect = policyNamed(d, 'ServiceResolver', 'billing');
    expect(redirect.targets).toEqual([{ type: 'SERVICE', service: 'east/shop/Service/payments' }]);
    expect(redirect.effects).toEqual([
      {
        type: PolicyEffectType.TRAFFIC_SPLIT,
        backends: [{ service: 'billing.virtual.west.consul', weight: 100 }],
      },
    ]);
    expect(redirect.unmodelled).toEqual(['spec.defaultSubset']);
  });
});
