import { type KubeObject } from '@meshwork/adapters-core';
import { ControlPlaneHealth, type Mesh, MeshKind, PolicyEffectType } from '@meshwork/model';
import { SmiKinds } from '../kube/smi-kinds';
import { snapshotOf } from '../testing/fixtures';
import { SmiPolicyContext } from './policy-context';
import { readTrafficSplit } from './traffic-split';

const mesh: Mesh = {
  id: 'east/traefik-mesh/Mesh/traefik-mesh',
  kind: MeshKind.TRAEFIK_MESH,
  name: 'traefik-mesh',
  cluster: 'east',
  namespace: 'traefik-mesh',
  controlPlanes: [],
  health: ControlPlaneHealth.HEALTHY,
  attributes: {},
};

function read(spec: unknown, apiVersion = 'split.smi-spec.io/v1alpha3') {
  const snapshot = snapshotOf(['traefik-mesh']);
  const ctx = new SmiPolicyContext(
    snapshot,
    mesh,
    { includes: () => true, namespaces: ['shop'] },
    (n, s) => `${n}/${s}`,
  );
  const object: KubeObject = {
    apiVersion,
    kind: 'TrafficSplit',
    metadata: { name: 'split', namespace: 'shop' },
    spec,
  };
  const policy = ctx.shell(SmiKinds.TrafficSplit, object);
  readTrafficSplit(ctx, object, policy);
  return policy;
}

describe('readTrafficSplit', () => {
  it('scopes the split to the routes of its HTTPRouteGroup matches', () => {
    const policy = read({
      service: 'server',
      matches: [{ kind: 'HTTPRouteGroup', name: 'server-routes' }],
      backends: [
        { service: 'server-v1', weight: 1 },
        { service: 'server-v2', weight: 1 },
      ],
    });
    expect(policy.effects).toEqual([
      {
        type: PolicyEffectType.TRAFFIC_SPLIT,
        backends: [
          { service: 'east/shop/Service/server-v1', weight: 1 },
          { service: 'east/shop/Service/server-v2', weight: 1 },
        ],
        route: {
          index: 0,
          name: 'server-routes',
          matches: [
            { path: { type: 'PREFIX', value: '/api' } },
            { path: { type: 'PREFIX', value: '/metrics' }, method: 'GET' },
          ],
        },
      },
    ]);
  });

  it('claims no effect when none of its route groups can be found', () => {
    const policy = read({
      service: 'server',
      matches: [{ kind: 'HTTPRouteGroup', name: 'missing' }],
      backends: [{ service: 'server-v1', weight: 100 }],
    });
    expect(policy.effects).toEqual([]);
    expect(policy.unmodelled).toEqual(['spec.matches[0] (HTTPRouteGroup missing not found)']);
  });

  it('reads v1alpha1 quantity weights and keeps unknown backends as written', () => {
    const policy = read(
      {
        service: 'server.shop.svc.cluster.local',
        backends: [
          { service: 'server-v1', weight: '500m' },
          { service: 'server-canary', weight: '1' },
        ],
      },
      'split.smi-spec.io/v1alpha1',
    );
    expect(policy.source.version).toBe('v1alpha1');
    expect(policy.targets).toEqual([{ type: 'SERVICE', service: 'east/shop/Service/server' }]);
    expect(policy.effects).toEqual([
      {
        type: PolicyEffectType.TRAFFIC_SPLIT,
        backends: [
          { service: 'east/shop/Service/server-v1', weight: 0.5 },
          { service: 'server-canary', weight: 1 },
        ],
      },
    ]);
  });

  it.each([
    [
      { backends: [{ service: 'a', weight: 1 }] },
      'spec.service must be a non-empty string, got nothing',
    ],
    [{ service: 'server', backends: [] }, 'spec.backends is empty'],
    [
      { service: 'server', backends: [{ service: 'a', weight: -1 }] },
      'spec.backends[0].weight must be a non-negative weight, got -1',
    ],
  ])('rejects %j', (spec, message) => {
    expect(() => read(spec)).toThrow(message);
  });
});
