import { type KubeService } from '@meshwork/adapters-core';
import { ClusterErrorCode, PolicyEffectType } from '@meshwork/model';
import { discoverPrimary, fixtureObject, fixtureSnapshot, variant } from '../testing/fixtures';

const ID = 'east/emojivoto/ServiceAnnotations.linkerd.io/emoji-svc';
const emojiSvc = fixtureObject('emojivoto', 'Service', 'emoji-svc') as KubeService;

describe('Service annotation policies', () => {
  it('reads timeout, retry and failure accrual annotations as one policy on the Service', () => {
    const found = discoverPrimary(
      fixtureSnapshot('control-plane', 'emojivoto').build(),
    ).result.policies.find((p) => p.id === ID);
    expect(found).toMatchObject({
      kind: 'Service',
      source: { group: '', kind: 'Service', namespace: 'emojivoto', name: 'emoji-svc' },
      targets: [{ type: 'SERVICE', service: 'east/emojivoto/Service/emoji-svc' }],
      effects: [
        { type: PolicyEffectType.TIMEOUT, ms: 5000 },
        { type: PolicyEffectType.RETRY, attempts: 3, on: ['unavailable', 'internal'] },
        {
          type: PolicyEffectType.CIRCUIT_BREAKER,
          consecutiveErrors: 5,
          baseEjectionTimeMs: 10_000,
        },
      ],
      unmodelled: [
        "metadata.annotations['timeout.linkerd.io/idle']",
        "metadata.annotations['balancer.linkerd.io/failure-accrual-consecutive-max-penalty']",
      ],
    });
  });

  it('keeps the policy id apart from the Service id', () => {
    const { policies, services } = discoverPrimary(
      fixtureSnapshot('control-plane', 'emojivoto').build(),
    ).result;
    const serviceIds = new Set(services.map((s) => s.id));
    expect(policies.filter((p) => serviceIds.has(p.id))).toEqual([]);
  });

  it('reports a Service with an invalid annotation and still discovers the others', () => {
    const broken = variant(emojiSvc, (s) => {
      s.metadata.annotations!['retry.linkerd.io/limit'] = 'lots';
    });
    const result = discoverPrimary(
      fixtureSnapshot('control-plane', 'emojivoto').add(broken).build(),
    ).result;
    expect(result.errors).toEqual([
      expect.objectContaining({
        code: ClusterErrorCode.INVALID_OBJECT,
        group: '',
        resource: 'services',
        namespace: 'emojivoto',
        name: 'emoji-svc',
        message: expect.stringContaining("metadata.annotations['retry.linkerd.io/limit']"),
      }),
    ]);
    expect(result.policies.some((p) => p.id === ID)).toBe(false);
    expect(result.services.some((s) => s.name === 'emoji-svc')).toBe(true);
  });
});
