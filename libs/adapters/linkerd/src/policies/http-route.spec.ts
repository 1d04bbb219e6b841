import { type KubeObject } from '@meshwork/adapters-core';
import { ClusterErrorCode, PolicyEffectType } from '@meshwork/model';
import { type HttpRouteSpec } from '../linkerd-kinds';
import { discoverPrimary, fixtureObject, fixtureSnapshot, variant } from '../testing/fixtures';

type Route = KubeObject<HttpRouteSpec>;
const route = (name: string) => fixtureObject('policies', 'HTTPRoute', name) as Route;
const discover = (...extra: KubeObject[]) =>
  discoverPrimary(
    fixtureSnapshot('control-plane', 'emojivoto', 'policies')
      .add(...extra)
      .build(),
  ).result;
const policy = (id: string, ...extra: KubeObject[]) =>
  discover(...extra).policies.find((p) => p.id === id);

const WEB_SPLIT = 'east/emojivoto/HTTPRoute.policy.linkerd.io/web-split';
const EMOJI_SHADOW = 'east/emojivoto/HTTPRoute.gateway.networking.k8s.io/emoji-shadow';

describe('HTTPRoute policies', () => {
  it('reads backend weights of a Service route as a traffic split scoped to the rule', () => {
    const split = policy(WEB_SPLIT);
    expect(split?.targets).toEqual([
      { type: 'SERVICE', service: 'east/emojivoto/Service/web-svc' },
    ]);
    expect(split?.effects.filter((e) => e.type === PolicyEffectType.TRAFFIC_SPLIT)).toEqual([
      {
        type: PolicyEffectType.TRAFFIC_SPLIT,
        backends: [
          { service: 'east/emojivoto/Service/web-svc', port: 80, weight: 90 },
          { service: 'east/emojivoto/Service/web-svc-v2', port: 80, weight: 10 },
        ],
        route: { index: 0, matches: [{ path: { type: 'PREFIX', value: '/api' }, method: 'GET' }] },
      },
    ]);
  });

  it('applies the retry annotations to every rule and the request timeout field to its rule', () => {
    const effects = policy(WEB_SPLIT)?.effects ?? [];
    expect(effects.filter((e) => e.type === PolicyEffectType.RETRY)).toEqual([
      expect.objectContaining({
        attempts: 2,
        perTryTimeoutMs: 300,
        on: ['5xx', 'gateway-error'],
        route: expect.objectContaining({ index: 0 }),
      }),
      expect.objectContaining({ attempts: 2, route: expect.objectContaining({ index: 1 }) }),
    ]);
    expect(effects.filter((e) => e.type === PolicyEffectType.TIMEOUT)).toEqual([
      expect.objectContaining({ ms: 2000, route: expect.objectContaining({ index: 0 }) }),
    ]);
    expect(policy(WEB_SPLIT)?.unmodelled).toEqual(['spec.rules[0].timeouts.backendRequest']);
  });

  it('lets timeout.linkerd.io/request win over the rule timeout, as the policy controller does', () => {
    const annotated = variant(route('web-split'), (r) => {
      r.metadata.annotations!['timeout.linkerd.io/request'] = '750ms';
    });
    const timeouts = policy(WEB_SPLIT, annotated)?.effects.filter(
      (e) => e.type === PolicyEffectType.TIMEOUT,
    );
    expect(timeouts?.map((t) => [t.route?.index, 'ms' in t && t.ms])).toEqual([
      [0, 750],
      [1, 750],
    ]);
  });

  it('does not call a rule that only forwards to its parent Service a split', () => {
    const shadow = policy(EMOJI_SHADOW);
    expect(shadow?.effects.map((e) => e.type)).toEqual([PolicyEffectType.TIMEOUT]);
  });

  it('reports the rejected RequestMirror filter and non-exact header matches as unmodelled', () => {
    const shadow = policy(EMOJI_SHADOW);
    expect(shadow?.unmodelled).toEqual([
      'spec.rules[0].matches[0].headers[1]',
      'spec.rules[0].filters[0]',
    ]);
    expect(shadow?.effects[0]?.route?.matches).toEqual([{ headers: { 'x-canary': 'true' } }]);
  });

  it('reads a single backend other than the parent as sending all traffic there', () => {
    const moved = variant(route('web-split'), (r) => {
      r.spec!.rules = [{ backendRefs: [{ name: 'web-svc-v2', port: 80 }] }];
    });
    const split = policy(WEB_SPLIT, moved)?.effects.find(
      (e) => e.type === PolicyEffectType.TRAFFIC_SPLIT,
    );
    expect(split).toMatchObject({
      backends: [{ service: 'east/emojivoto/Service/web-svc-v2', weight: 1 }],
    });
  });

  it('lists a route attached to a Server with the Server pods as target and no traffic effects', () => {
    expect(policy('east/emojivoto/HTTPRoute.policy.linkerd.io/web-api')).toMatchObject({
      targets: [{ type: 'WORKLOAD_SELECTOR', namespace: 'emojivoto', labels: { app: 'web-svc' } }],
      effects: [],
    });
  });

  it('leaves Gateway-attached routes to the ingress', () => {
    const ids = discover().policies.map((p) => p.id);
    expect(ids).not.toContain('east/emojivoto/HTTPRoute.gateway.networking.k8s.io/public-web');
  });

  it('leaves Gateway API routes of Services with no Linkerd workloads to other meshes', () => {
    const elsewhere = variant(route('emoji-shadow'), (r) => {
      r.metadata.namespace = 'bookinfo';
      r.spec!.parentRefs = [{ name: 'reviews', kind: 'Service', group: '', port: 9080 }];
    });
    const ids = discover(elsewhere).policies.map((p) => p.id);
    expect(ids).not.toContain('east/bookinfo/HTTPRoute.gateway.networking.k8s.io/emoji-shadow');
  });

  it('turns a malformed route into an error entry and keeps discovering the rest', () => {
    const broken = variant(route('web-split'), (r) => {
      (r.spec!.rules![0]!.backendRefs![1] as { weight: unknown }).weight = 'ninety';
    });
    const result = discover(broken);
    expect(result.errors).toEqual([
      expect.objectContaining({
        cluster: 'east',
        code: ClusterErrorCode.INVALID_OBJECT,
        group: 'policy.linkerd.io',
        resource: 'httproutes',
        namespace: 'emojivoto',
        name: 'web-split',
        message: expect.stringContaining('spec.rules[0].backendRefs[1].weight'),
      }),
    ]);
    expect(result.policies.map((p) => p.id)).not.toContain(WEB_SPLIT);
    expect(result.policies.map((p) => p.id)).toContain(EMOJI_SHADOW);
  });

  it('treats a rules field of the wrong shape as an invalid object, not a crash', () => {
    const broken = variant(route('emoji-shadow'), (r) => {
      (r.spec as { rules: unknown }).rules = 'all of them';
    });
    expect(discover(broken).errors[0]?.message).toMatch(/spec\.rules: expected a list/);
  });
});
