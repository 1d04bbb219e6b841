import { InvalidResourceIdError, clusterOfId, makeId, parseId, tryParseId } from './resource-id';
import { qualifiedKind } from './qualified-kind';

describe('makeId / parseId', () => {
  it('builds <cluster>/<namespace>/<kind>/<name>', () => {
    expect(makeId({ cluster: 'east', namespace: 'shop', kind: 'Service', name: 'cart' })).toBe(
      'east/shop/Service/cart',
    );
  });

  it('leaves the namespace segment empty for cluster-scoped objects', () => {
    const id = makeId({ cluster: 'east', namespace: '', kind: 'Namespace', name: 'shop' });
    expect(id).toBe('east//Namespace/shop');
    expect(parseId(id)).toEqual({
      cluster: 'east',
      namespace: '',
      kind: 'Namespace',
      name: 'shop',
    });
  });

  it('round-trips cluster names that contain slashes and percent signs', () => {
    const parts = {
      cluster: 'arn:aws:eks:eu-west-1:1234:cluster/prod%2',
      namespace: 'shop',
      kind: 'AuthorizationPolicy.security.istio.io',
      name: 'allow-frontend',
    };
    const id = makeId(parts);
    expect(id.split('/')).toHaveLength(4);
    expect(parseId(id)).toEqual(parts);
    expect(clusterOfId(id)).toBe(parts.cluster);
  });

  it('rejects ids with the wrong number of segments or empty required parts', () => {
    expect(tryParseId('east/shop/Service')).toBeUndefined();
    expect(tryParseId('/shop/Service/cart')).toBeUndefined();
    expect(tryParseId('east/shop//cart')).toBeUndefined();
    expect(() => parseId('nope')).toThrow(InvalidResourceIdError);
  });

  it('refuses to make an id without a cluster', () => {
    expect(() => makeId({ cluster: '', namespace: 'a', kind: 'Service', name: 'b' })).toThrow(
      /cluster is required/,
    );
  });
});

describe('qualifiedKind', () => {
  it('qualifies CRD kinds with their group and leaves built-in kinds bare', () => {
    expect(qualifiedKind('AuthorizationPolicy', 'security.istio.io')).toBe(
      'AuthorizationPolicy.security.istio.io',
    );
    expect(qualifiedKind('Deployment', 'apps')).toBe('Deployment');
    expect(qualifiedKind('Service', '')).toBe('Service');
  });
});
