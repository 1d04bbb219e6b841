import { layoutRequestFor, toGeometry } from '../layout/graph-geometry';
import { BoxLayoutEngine } from '../layout/box-layout-engine';
import { elementIds } from '../model/element-ids';
import { indexTopology } from '../model/topology-index';
import { aNode, anEdge, aTopology } from '../testing/topology.fixture';
import { buildScene } from './build-scene';
import { type DetailLevel, fullDetail } from './level-of-detail';

const api = aNode('east', 'shop', 'api');
const cart = aNode('east', 'shop', 'cart');
const pay = aNode('east', 'pay', 'gateway');
const ledger = aNode('west', 'pay', 'ledger');
const data = aTopology(
  [api, cart, pay, ledger],
  [
    anEdge(api, cart),
    anEdge(api, pay, { requestRate: 30, errorRate: 10 }),
    anEdge(cart, pay, { requestRate: 10, errorRate: 0 }),
    anEdge(pay, ledger, { requestRate: 4 }),
  ],
);
const index = indexTopology(data);
const request = { ...layoutRequestFor(index), requestId: 1 };
const geometry = toGeometry(request, new BoxLayoutEngine().layout(request));

const closedAll: DetailLevel = {
  full: false,
  closedClusters: new Set(),
  openNamespaces: new Set(),
};
const ids = (scene: ReturnType<typeof buildScene>, group: 'nodes' | 'edges') =>
  scene.elements.filter((element) => element.group === group).map((element) => element.data.id);

describe('buildScene', () => {
  it('draws every node and edge with its boxes at full detail', () => {
    const scene = buildScene(index, geometry, fullDetail(), 'SERVICE');
    expect(ids(scene, 'nodes')).toEqual(
      expect.arrayContaining([
        api.id,
        cart.id,
        pay.id,
        ledger.id,
        elementIds.clusterBox('east'),
        elementIds.namespaceBox('east/shop'),
      ]),
    );
    expect(ids(scene, 'edges')).toHaveLength(4);
  });

  it('draws a closed namespace as one node sized like its open box', () => {
    const scene = buildScene(index, geometry, closedAll, 'SERVICE');
    const shop = scene.elements.find(
      (element) => element.data.id === elementIds.namespace('east/shop'),
    )!;
    const box = geometry.namespaces.get('east/shop')!;
    expect(shop.data.width).toBe(box.width);
    expect(shop.position).toEqual({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
    expect(shop.data.label).toContain('2 services');
    expect(ids(scene, 'nodes')).not.toContain(api.id);
  });

  it('sums the edges between two closed boxes into one, error % weighted by rate', () => {
    const scene = buildScene(index, geometry, closedAll, 'SERVICE');
    const summed = scene.elements.filter((element) => element.group === 'edges');
    // shop→pay (two edges), pay(east)→pay(west); api→cart stays inside its box and is not drawn.
    expect(summed).toHaveLength(2);
    const shopToPay = summed.find(
      (element) =>
        element.data.id ===
        elementIds.edges(elementIds.namespace('east/shop'), elementIds.namespace('east/pay')),
    )!;
    expect(shopToPay.data.labelRate).toBe('\u26b7 40.0 rps');
    expect(shopToPay.data.labelErrors).toBe('\u26b7 7.5 %');
    expect(shopToPay.classes).toContain('aggregate');
  });

  it('connects an open node to a closed box through a summed edge', () => {
    const openShop: DetailLevel = {
      full: false,
      closedClusters: new Set(),
      openNamespaces: new Set(['east/shop']),
    };
    const scene = buildScene(index, geometry, openShop, 'SERVICE');
    expect(ids(scene, 'edges')).toEqual(
      expect.arrayContaining([
        anEdge(api, cart).id,
        elementIds.edges(api.id, elementIds.namespace('east/pay')),
      ]),
    );
  });

  it('marks cross-cluster, idle and mTLS edges for their styles', () => {
    const idle = aTopology(
      [api, ledger],
      [anEdge(api, ledger, { requestRate: 0, mtlsPercent: 50 })],
    );
    const idleIndex = indexTopology(idle);
    const idleRequest = { ...layoutRequestFor(idleIndex), requestId: 1 };
    const scene = buildScene(
      idleIndex,
      toGeometry(idleRequest, new BoxLayoutEngine().layout(idleRequest)),
      fullDetail(),
      'SERVICE',
    );
    const edge = scene.elements.find((element) => element.group === 'edges')!;
    expect(edge.classes).toContain('cross-cluster');
    expect(edge.classes).toContain('idle');
    expect(edge.classes).not.toContain('mtls');
  });

  it('marks a node whose mesh has a critical or expired CA for its ring and its label', () => {
    const alerted = aNode('central', 'shop', 'orders', { meshKind: 'OSM', certificateAlert: true });
    const alertIndex = indexTopology(aTopology([api, alerted]));
    const alertRequest = { ...layoutRequestFor(alertIndex), requestId: 1 };
    const scene = buildScene(
      alertIndex,
      toGeometry(alertRequest, new BoxLayoutEngine().layout(alertRequest)),
      fullDetail(),
      'SERVICE',
    );
    const drawn = (id: string) => scene.elements.find((element) => element.data.id === id)!;
    expect(drawn(alerted.id).classes).toContain('certificate-alert');
    expect(drawn(alerted.id).data.label).toContain('\u26a0');
    expect(drawn(api.id).classes).not.toContain('certificate-alert');
    expect(drawn(api.id).data.label).not.toContain('\u26a0');
  });

  it('draws at most the given number of box-to-box edges, failing ones first', () => {
    const scene = buildScene(index, geometry, closedAll, 'SERVICE', 1);
    expect(scene.boxEdges).toBe(2);
    expect(scene.omittedBoxEdges).toBe(1);
    expect(ids(scene, 'edges')).toEqual([
      elementIds.edges(elementIds.namespace('east/shop'), elementIds.namespace('east/pay')),
    ]);
  });

  it('draws a closed cluster as one node standing for all its nodes', () => {
    const closedEast: DetailLevel = {
      full: false,
      closedClusters: new Set(['east']),
      openNamespaces: new Set(['west/pay']),
    };
    const scene = buildScene(index, geometry, closedEast, 'SERVICE');
    expect(ids(scene, 'nodes')).toContain(elementIds.cluster('east'));
    expect(ids(scene, 'edges')).toEqual([elementIds.edges(elementIds.cluster('east'), ledger.id)]);
  });
});
