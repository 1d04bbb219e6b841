import { type KubeObject } from '@meshwork/adapters-core';
import { ClusterErrorCode, PolicyEffectType } from '@meshwork/model';
import { type ServiceProfileSpec } from '../linkerd-kinds';
import { discoverPrimary, fixtureObject, fixtureSnapshot, variant } from '../testing/fixtures';

const NAME = 'voting-svc.emojivoto.svc.cluster.local';
const ID = `east/emojivoto/ServiceProfile.linkerd.io/${NAME}`;
const profile = fixtureObject('policies', 'ServiceProfile', NAME) as KubeObject<ServiceProfileSpec>;
const discover = (...extra: KubeObject[]) =>
  discoverPrimary(
    fixtureSnapshot('control-plane', 'emojivoto', 'policies', 'multicluster')
      .add(...extra)
      .build(),
  ).result;

describe('ServiceProfile policies', () => {
  it('targets the Service named by the profile', () => {
    const found = discover().policies.find((p) => p.id === ID);
    expect(found?.targets).toEqual([
      { type: 'SERVICE', service: 'east/emojivoto/Service/voting-svc' },
    ]);
  });

  it('reads route timeouts and retryability, retrying on the failure response classes', () => {
    const effects = discover().policies.find((p) => p.id === ID)?.effects ?? [];
    const route = {
      index: 0,
      name: 'VoteDoughnut',
      matches: [
        {
          path: { type: 'REGEX', value: '/emojivoto\\.v1\\.VotingService/VoteDoughnut' },
          method: 'POST',
        },
      ],
    };
    expect(effects.slice(0, 2)).toEqual([
      { type: PolicyEffectType.TIMEOUT, ms: 300, route },
      { type: PolicyEffectType.RETRY, attempts: 0, on: ['500-599'], route },
    ]);
  });

  it('reads dstOverrides as a split of the whole Service, with quantity weights', () => {
    const split = discover()
      .policies.find((p) => p.id === ID)
      ?.effects.find((e) => e.type === PolicyEffectType.TRAFFIC_SPLIT);
    expect(split).toEqual({
      type: PolicyEffectType.TRAFFIC_SPLIT,
      backends: [
        { service: 'east/emojivoto/Service/voting-svc', port: 8080, weight: 0.9 },
        { service: 'east/emojivoto/Service/voting-svc-west', port: 8080, weight: 0.1 },
      ],
    });
  });

  it('reports compound conditions and the retry budget as unmodelled', () => {
    expect(discover().policies.find((p) => p.id === ID)?.unmodelled).toEqual([
      'spec.routes[1].condition.all',
      'spec.retryBudget',
    ]);
  });

  it('retries on 5xx when a retryable route declares no failure classes', () => {
    const plain = variant(profile, (p) => {
      delete p.spec!.routes![0]!.responseClasses;
    });
    const retry = discover(plain)
      .policies.find((p) => p.id === ID)
      ?.effects.find((e) => e.type === PolicyEffectType.RETRY);
    expect(retry).toMatchObject({ on: ['5xx'] });
  });

  it('targets an external host when the profile is not named after a cluster Service', () => {
    const external = variant(profile, (p) => {
      p.metadata.name = 'api.payments.example.com';
      p.spec = { routes: [{ name: 'GET /v1', condition: { method: 'GET' }, timeout: '2s' }] };
    });
    const found = discover(external).policies.find(
      (p) => p.source.name === 'api.payments.example.com',
    );
    expect(found?.targets).toEqual([{ type: 'HOST', host: 'api.payments.example.com' }]);
  });

  it('reports an unparseable route timeout as an invalid object', () => {
    const broken = variant(profile, (p) => {
      p.spec!.routes![0]!.timeout = '5 seconds';
    });
    const result = discover(broken);
    expect(result.errors).toEqual([
      expect.objectContaining({
        code: ClusterErrorCode.INVALID_OBJECT,
        group: 'linkerd.io',
        resource: 'serviceprofiles',
        name: NAME,
        message: expect.stringContaining('spec.routes[0].timeout'),
      }),
    ]);
    expect(result.policies.some((p) => p.id === ID)).toBe(false);
  });
});
