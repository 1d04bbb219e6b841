import { type CapabilityTable, MeshKind, PolicyEffectType } from '@meshwork/model';
import { capabilityOf } from './capabilities';

const table = Object.fromEntries(
  Object.values(PolicyEffectType).map((type) => [type, { supported: true, via: `native ${type}` }]),
) as CapabilityTable;
table[PolicyEffectType.MIRROR] = { supported: false, reason: 'no mirror filter' };

describe('capabilityOf', () => {
  const adapter = { id: 'linkerd' as const, capabilities: { [MeshKind.LINKERD]: table } };

  it('reads the table of the mesh kind', () => {
    expect(capabilityOf(adapter, MeshKind.LINKERD, PolicyEffectType.TIMEOUT)).toEqual({
      supported: true,
      via: 'native TIMEOUT',
    });
    expect(capabilityOf(adapter, MeshKind.LINKERD, PolicyEffectType.MIRROR)).toEqual({
      supported: false,
      reason: 'no mirror filter',
    });
  });

  it('says unsupported, with a reason, for a mesh kind the adapter does not handle', () => {
    expect(capabilityOf(adapter, MeshKind.ISTIO, PolicyEffectType.TIMEOUT)).toEqual({
      supported: false,
      reason: 'adapter linkerd does not handle ISTIO',
    });
  });
});
