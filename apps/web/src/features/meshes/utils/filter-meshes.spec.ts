import { aMesh } from '../testing/mesh-row.fixture';
import { filterMeshes } from './filter-meshes';

describe('filterMeshes', () => {
  const fleet = [
    aMesh('east'),
    aMesh('north', { kind: 'LINKERD', id: 'north/linkerd/Mesh/linkerd', version: 'edge-25.8.5' }),
    aMesh('west', { trustDomain: 'west.example.com' }),
  ];
  const clusters = (filter: Partial<Parameters<typeof filterMeshes>[1]>) =>
    filterMeshes(fleet, {
      kind: undefined,
      cluster: undefined,
      version: undefined,
      text: '',
      ...filter,
    }).map((mesh) => mesh.cluster.name);

  it('keeps every mesh without a filter', () => {
    expect(clusters({})).toEqual(['east', 'north', 'west']);
  });

  it('filters by kind, cluster and version exactly', () => {
    expect(clusters({ kind: 'LINKERD' })).toEqual(['north']);
    expect(clusters({ cluster: 'west' })).toEqual(['west']);
    expect(clusters({ kind: 'ISTIO', version: '1.24.2' })).toEqual(['east', 'west']);
  });

  it('matches every text term against names, kind, version and trust domain', () => {
    expect(clusters({ text: 'linkerd edge' })).toEqual(['north']);
    expect(clusters({ text: 'EXAMPLE.com' })).toEqual(['west']);
    expect(clusters({ text: 'istiod' })).toEqual(['east', 'north', 'west']);
  });
});
