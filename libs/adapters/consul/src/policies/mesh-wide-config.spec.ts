import { MtlsModeValue, PolicyEffectType } from '@meshwork/model';
import { discoverFixtures, fixtureSnapshot, policyNamed } from '../__fixtures__/load-fixtures';

describe('ProxyDefaults and Mesh', () => {
  const { discovery } = discoverFixtures(
    fixtureSnapshot('east', 'control-plane', 'config-entries'),
  );

  it('reads ProxyDefaults as a mesh-wide policy whose proxy mode and raw config are unmodelled', () => {
    const proxyDefaults = policyNamed(discovery, 'ProxyDefaults', 'global');
    expect(proxyDefaults.targets).toEqual([{ type: 'MESH' }]);
    expect(proxyDefaults.effects).toEqual([]);
    expect(proxyDefaults.unmodelled).toEqual(['spec.config', 'spec.mode', 'spec.accessLogs']);
  });

  it('holds the whole mesh to strict mTLS while Mesh forbids permissive mode', () => {
    const mesh = policyNamed(discovery, 'Mesh', 'mesh');
    expect(mesh.targets).toEqual([{ type: 'MESH' }]);
    expect(mesh.effects).toEqual([
      { type: PolicyEffectType.MTLS_MODE, mode: MtlsModeValue.STRICT, side: 'SERVER' },
    ]);
    expect(mesh.unmodelled).toEqual(['spec.transparentProxy', 'spec.peering']);
  });

  it('adds no mTLS effect once Mesh allows permissive mode', () => {
    const permissive = {
      apiVersion: 'consul.hashicorp.com/v1alpha1',
      kind: 'Mesh',
      metadata: { name: 'mesh', namespace: 'consul' },
      spec: { allowEnablingPermissiveMutualTLS: true },
    };
    const { discovery: d } = discoverFixtures(
      fixtureSnapshot('east', 'control-plane').add(permissive),
    );
    expect(policyNamed(d, 'Mesh', 'mesh').effects).toEqual([]);
  });
});
