import { idsOfKinds, kindOfId } from './entity-id';

describe('entity ids', () => {
  it('reads the kind from <cluster>/<namespace>/<kind>/<name>', () => {
    expect(kindOfId('east/shop/Service/cart')).toBe('Service');
    expect(kindOfId('east/istio-system/Mesh/istio')).toBe('Mesh');
    expect(
      kindOfId('east/istio-system/MeshLink/ISTIO_REMOTE_SECRET:istio-remote-secret-west'),
    ).toBe('MeshLink');
    expect(kindOfId('not-an-entity-id')).toBeUndefined();
  });

  it('tells whether a change touched any of some kinds, by exact kind', () => {
    const kinds = new Set(['Service', 'Mesh']);
    expect(idsOfKinds(['east/shop/Deployment/cart-v1', 'east/shop/Service/cart'], kinds)).toBe(
      true,
    );
    expect(
      idsOfKinds(['east/istio-system/MeshLink/x', 'east/shop/Deployment/cart-v1'], kinds),
    ).toBe(false);
    expect(idsOfKinds([], kinds)).toBe(false);
  });
});
