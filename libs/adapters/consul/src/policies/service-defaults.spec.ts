import { ClusterErrorCode, MtlsModeValue, PolicyEffectType } from '@meshwork/model';
import { discoverFixtures, fixtureSnapshot, policyNamed } from '../__fixtures__/load-fixtures';

describe('ServiceDefaults', () => {
  const { discovery } = discoverFixtures(
    fixtureSnapshot('east', 'control-plane', 'shop-workloads', 'config-entries'),
  );

  it('reads mTLS mode, local request timeout and upstream circuit breaking', () => {
    const policy = policyNamed(discovery, 'ServiceDefaults', 'frontend');
    expect(policy.targets).toEqual([{ type: 'SERVICE', service: 'east/shop/Service/frontend' }]);
    expect(policy.effects).toEqual([
      { type: PolicyEffectType.MTLS_MODE, mode: MtlsModeValue.STRICT, side: 'SERVER' },
      { type: PolicyEffectType.TIMEOUT, ms: 5000 },
      {
        type: PolicyEffectType.CIRCUIT_BREAKER,
        maxConnections: 100,
        maxPendingRequests: 50,
        maxRequests: 200,
        consecutiveErrors: 5,
        intervalMs: 10_000,
        baseEjectionTimeMs: 30_000,
        maxEjectionPercent: 50,
      },
    ]);
  });

  it('reports per-upstream overrides, connect timeouts and the protocol as unmodelled', () => {
    expect(policyNamed(discovery, 'ServiceDefaults', 'frontend').unmodelled).toEqual([
      'spec.upstreamConfig.defaults.connectTimeoutMs',
      'spec.upstreamConfig.overrides[0]',
      'spec.protocol',
    ]);
  });

  it('targets the Service registered under the Consul name it configures', () => {
    const billing = policyNamed(discovery, 'ServiceDefaults', 'billing');
    expect(billing.targets).toEqual([{ type: 'SERVICE', service: 'east/shop/Service/payments' }]);
    expect(billing.effects).toEqual([
      { type: PolicyEffectType.MTLS_MODE, mode: MtlsModeValue.PERMISSIVE, side: 'SERVER' },
    ]);
  });

  it('reports an entry Consul rejected as an error and still lists it as written', () => {
    expect(discovery.errors).toEqual([
      {
        cluster: 'east',
        code: ClusterErrorCode.INVALID_OBJECT,
        message: expect.stringMatching(
          /^ServiceDefaults shop\/billing is not synced to Consul \(ConsulAgentError: .*AllowEnablingPermissiveMutualTLS/,
        ),
        group: 'consul.hashicorp.com',
        resource: 'servicedefaults',
        namespace: 'shop',
        name: 'billing',
      },
    ]);
    expect(policyNamed(discovery, 'ServiceDefaults', 'billing').effects).toHaveLength(1);
  });
});
