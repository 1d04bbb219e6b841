import { groupMeshesByKind } from './group-meshes';

describe('groupMeshesByKind', () => {
  it('groups by kind in the usual order and by version newest first, unknown last', () => {
    const groups = groupMeshesByKind([
      { kind: 'LINKERD', version: 'edge-25.8.5' },
      { kind: 'ISTIO', version: '1.22.3' },
      { kind: 'ISTIO', version: null },
      { kind: 'ISTIO', version: '1.24.2' },
      { kind: 'ISTIO', version: '1.24.2' },
    ]);
    expect(groups).toEqual([
      {
        kind: 'ISTIO',
        count: 4,
        versions: [
          { version: '1.24.2', count: 2 },
          { version: '1.22.3', count: 1 },
          { version: null, count: 1 },
        ],
      },
      { kind: 'LINKERD', count: 1, versions: [{ version: 'edge-25.8.5', count: 1 }] },
    ]);
  });

  it('is empty without meshes', () => {
    expect(groupMeshesByKind([])).toEqual([]);
  });
});
