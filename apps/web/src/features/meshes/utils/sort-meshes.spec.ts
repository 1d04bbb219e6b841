import { aMesh } from '../testing/mesh-row.fixture';
import { meshSortParam } from './mesh-sort';
import { sortMeshes } from './sort-meshes';

const places = (rows: ReadonlyArray<{ cluster: { name: string } }>) =>
  rows.map((row) => row.cluster.name);

describe('sortMeshes', () => {
  const fleet = [
    aMesh('alpha'),
    aMesh('bravo', { health: 'DEGRADED' }),
    aMesh('charlie', { health: 'UNKNOWN', version: null }),
    aMesh('delta', { health: 'DOWN', version: '1.9.0' }),
  ];

  it('lists down, degraded and unknown control planes before healthy ones by default', () => {
    expect(places(sortMeshes(fleet, meshSortParam.defaultSort))).toEqual([
      'delta',
      'bravo',
      'charlie',
      'alpha',
    ]);
  });

  it('sorts versions numerically with unknown versions first', () => {
    expect(places(sortMeshes(fleet, { key: 'version', descending: false }))).toEqual([
      'charlie',
      'delta',
      'alpha',
      'bravo',
    ]);
  });
});
