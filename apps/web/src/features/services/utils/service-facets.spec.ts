import { aService, aServiceMesh } from '../testing/service-node.fixture';
import { serviceFacets } from './service-facets';
import { toServiceListRows } from './service-list-row';

describe('serviceFacets', () => {
  const linkerd = aServiceMesh('north', { id: 'north/linkerd/Mesh/linkerd', kind: 'LINKERD' });
  const rows = toServiceListRows(
    [
      aService('east', 'shop', 'cart'),
      aService('east', 'shop', 'checkout'),
      aService('east', 'ledger', 'ledger-api'),
      aService('west', 'shop', 'cart'),
      aService('north', 'emojivoto', 'web-svc', { meshIds: [linkerd.id] }),
    ],
    [aServiceMesh('east'), aServiceMesh('west'), linkerd],
  );

  it('offers every cluster and mesh kind with its number of services', () => {
    const facets = serviceFacets(rows, undefined);
    expect(facets.clusters).toEqual([
      { value: 'east', label: 'east (3)' },
      { value: 'north', label: 'north (1)' },
      { value: 'west', label: 'west (1)' },
    ]);
    expect(facets.kinds).toEqual([
      { value: 'ISTIO', label: 'Istio (4)' },
      { value: 'LINKERD', label: 'Linkerd (1)' },
    ]);
  });

  it('offers the namespaces of the chosen cluster only', () => {
    expect(serviceFacets(rows, 'east').namespaces).toEqual([
      { value: 'ledger', label: 'ledger (1)' },
      { value: 'shop', label: 'shop (2)' },
    ]);
    expect(serviceFacets(rows, undefined).namespaces.map((o) => o.value)).toEqual([
      'emojivoto',
      'ledger',
      'shop',
    ]);
  });
});
