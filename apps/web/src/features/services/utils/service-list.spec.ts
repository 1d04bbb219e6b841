import { aService, aServiceMesh } from '../testing/service-node.fixture';
import { filterServices } from './service-filter';
import { toServiceListRows } from './service-list-row';
import { serviceSortParam } from './service-sort';
import { sortServices } from './sort-services';

const linkerdNorth = aServiceMesh('north', { id: 'north/linkerd/Mesh/linkerd', kind: 'LINKERD' });
const meshes = [aServiceMesh('east'), aServiceMesh('west'), linkerdNorth];
const rows = toServiceListRows(
  [
    aService('west', 'shop', 'cart', { versions: ['v1', 'v2'], workloadIds: ['a', 'b'] }),
    aService('east', 'shop', 'cart'),
    aService('east', 'ledger', 'ledger-api', { workloadIds: [] }),
    aService('north', 'emojivoto', 'web-svc', { meshIds: [linkerdNorth.id], versions: [] }),
    aService('east', 'shop', 'frontend-10'),
    aService('east', 'shop', 'frontend-9', { meshIds: ['east/gone/Mesh/x'] }),
  ],
  meshes,
);
const paths = (list: ReadonlyArray<{ cluster: string; namespace: string; name: string }>) =>
  list.map((row) => `${row.cluster}/${row.namespace}/${row.name}`);

describe('toServiceListRows', () => {
  it('joins each service with the kinds of its meshes and counts its workloads', () => {
    const cart = rows.find((row) => row.id === 'west/shop/Service/cart')!;
    expect(cart.meshes).toEqual([
      { id: 'west/istio-system/Mesh/istio', kind: 'ISTIO', version: '1.24.2' },
    ]);
    expect(cart.workloadCount).toBe(2);
  });

  it('keeps a mesh the meshes query does not know, with an unknown kind', () => {
    const row = rows.find((r) => r.name === 'frontend-9')!;
    expect(row.meshes).toEqual([{ id: 'east/gone/Mesh/x', kind: undefined, version: null }]);
  });
});

describe('filterServices', () => {
  const filter = (f: Partial<Parameters<typeof filterServices>[1]>) =>
    paths(filterServices(rows, { text: '', ...f }));

  it('returns the same list when nothing is filtered', () => {
    expect(filterServices(rows, { text: '  ' })).toBe(rows);
  });

  it('filters by cluster, namespace and mesh kind exactly', () => {
    expect(filter({ cluster: 'west' })).toEqual(['west/shop/cart']);
    expect(filter({ cluster: 'east', namespace: 'ledger' })).toEqual(['east/ledger/ledger-api']);
    expect(filter({ kind: 'LINKERD' })).toEqual(['north/emojivoto/web-svc']);
  });

  it('matches text terms in the path, the mesh name and the versions, ignoring case', () => {
    expect(filter({ text: 'CART' })).toEqual(['west/shop/cart', 'east/shop/cart']);
    expect(filter({ text: 'linkerd' })).toEqual(['north/emojivoto/web-svc']);
    expect(filter({ text: 'v2' })).toEqual(['west/shop/cart']);
    expect(filter({ text: 'east/shop/ca' })).toEqual(['east/shop/cart']);
    expect(filter({ text: 'shop istio west' })).toEqual(['west/shop/cart']);
  });
});

describe('sortServices', () => {
  it('orders by cluster, namespace, then name, with numbers in natural order', () => {
    expect(paths(sortServices(rows, serviceSortParam.defaultSort))).toEqual([
      'east/ledger/ledger-api',
      'east/shop/cart',
      'east/shop/frontend-9',
      'east/shop/frontend-10',
      'north/emojivoto/web-svc',
      'west/shop/cart',
    ]);
  });

  it('sorts by workload count, ties by path', () => {
    expect(paths(sortServices(rows, { key: 'workloads', descending: true })).slice(0, 2)).toEqual([
      'west/shop/cart',
      'east/shop/cart',
    ]);
    expect(paths(sortServices(rows, { key: 'workloads', descending: false }))[0]).toBe(
      'east/ledger/ledger-api',
    );
  });

  it('puts services running several versions first when sorting by versions', () => {
    expect(paths(sortServices(rows, { key: 'versions', descending: false }))[0]).toBe(
      'west/shop/cart',
    );
  });
});
