import { aNode, anEdge, aTopology } from '../testing/topology.fixture';
import { elementIds } from './element-ids';
import { resolveSelection } from './resolve-selection';
import { indexTopology } from './topology-index';

const api = aNode('east', 'shop', 'api');
const cart = aNode('east', 'shop', 'cart');
const ledger = aNode('west', 'pay', 'ledger');
const index = indexTopology(
  aTopology(
    [api, cart, ledger],
    [
      anEdge(api, ledger, { requestRate: 3 }),
      anEdge(cart, ledger, { requestRate: 7 }),
      anEdge(api, cart),
    ],
  ),
);

describe('resolveSelection', () => {
  it('finds nodes, edges, namespaces and clusters by their selection ids', () => {
    expect(resolveSelection(index, api.id)).toMatchObject({ type: 'node', node: { name: 'api' } });
    expect(resolveSelection(index, anEdge(api, cart).id)).toMatchObject({ type: 'edge' });
    expect(resolveSelection(index, elementIds.namespace('east/shop'))).toMatchObject({
      type: 'namespace',
      namespace: { nodes: [api, cart] },
    });
    expect(resolveSelection(index, elementIds.clusterBox('west'))).toMatchObject({
      type: 'cluster',
    });
  });

  it('lists the edges behind a summed edge, busiest first, with their total', () => {
    const id = elementIds.edges(elementIds.namespace('east/shop'), elementIds.cluster('west'));
    const selection = resolveSelection(index, id);
    expect(selection.type).toBe('edges');
    if (selection.type !== 'edges') return;
    expect(selection.edges.map((edge) => edge.source)).toEqual([cart.id, api.id]);
    expect(selection.total.requestRate).toBe(10);
    expect(selection.total.count).toBe(2);
  });

  it('says missing for what the current filter does not hold', () => {
    expect(resolveSelection(index, 'north/x/Service/y')).toEqual({
      type: 'missing',
      id: 'north/x/Service/y',
    });
    expect(resolveSelection(index, elementIds.namespace('north/x')).type).toBe('missing');
  });
});
