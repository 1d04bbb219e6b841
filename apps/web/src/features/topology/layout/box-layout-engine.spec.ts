import { layoutRequestFor, toGeometry, type GraphGeometry, type Rect } from './graph-geometry';
import { BoxLayoutEngine } from './box-layout-engine';
import { indexTopology } from '../model/topology-index';
import { aGridTopology, aNode, anEdge, aTopology } from '../testing/topology.fixture';
import { type TopologyData } from '../graphql/topology-data';

function run(engine: BoxLayoutEngine, data: TopologyData): GraphGeometry {
  const request = { ...layoutRequestFor(indexTopology(data)), requestId: 1 };
  return toGeometry(request, engine.layout(request));
}

const inside = (point: { x: number; y: number }, rect: Rect) =>
  point.x > rect.x &&
  point.x < rect.x + rect.width &&
  point.y > rect.y &&
  point.y < rect.y + rect.height;
const overlap = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('BoxLayoutEngine', () => {
  it('puts every node inside its namespace box and every namespace inside its cluster box', () => {
    const data = aGridTopology(3, 4, 7);
    const geometry = run(new BoxLayoutEngine(), data);
    for (const node of data.nodes) {
      const namespace = geometry.namespaces.get(`${node.cluster}/${node.namespace}`)!;
      expect(inside(geometry.nodes.get(node.id)!, namespace)).toBe(true);
      const cluster = geometry.clusters.get(node.cluster)!;
      expect(inside({ x: namespace.x + 1, y: namespace.y + 1 }, cluster)).toBe(true);
      expect(
        inside(
          { x: namespace.x + namespace.width - 1, y: namespace.y + namespace.height - 1 },
          cluster,
        ),
      ).toBe(true);
    }
  });

  it('never overlaps two clusters or two namespaces', () => {
    const geometry = run(new BoxLayoutEngine(), aGridTopology(5, 6, 3));
    const clusters = [...geometry.clusters.values()];
    const namespaces = [...geometry.namespaces.values()];
    for (const boxes of [clusters, namespaces]) {
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++)
          expect(overlap(boxes[i]!, boxes[j]!)).toBe(false);
      }
    }
  });

  it('gives the same picture when the same graph comes again', () => {
    const engine = new BoxLayoutEngine();
    const data = aGridTopology(2, 3, 5);
    const first = run(engine, data);
    const second = run(engine, aGridTopology(2, 3, 5));
    expect(second.nodes).toEqual(first.nodes);
  });

  it('keeps the nodes of a namespace in their cells when a node joins it', () => {
    const engine = new BoxLayoutEngine();
    const base = aGridTopology(1, 2, 9);
    const before = run(engine, base);
    const after = run(
      engine,
      aTopology([...base.nodes, aNode('c0', 'ns0', 'newcomer')], base.edges),
    );
    const shift = (id: string) => {
      const [was, is] = [before.nodes.get(id)!, after.nodes.get(id)!];
      return { x: is.x - was.x, y: is.y - was.y };
    };
    const box = (key: string) => before.namespaces.get(key)!;
    const boxAfter = (key: string) => after.namespaces.get(key)!;
    for (const node of base.nodes) {
      const key = `${node.cluster}/${node.namespace}`;
      // Relative to its box, a node does not move; boxes may shift to make room.
      expect(shift(node.id)).toEqual({
        x: boxAfter(key).x - box(key).x,
        y: boxAfter(key).y - box(key).y,
      });
    }
  });

  it('moves nothing when a node leaves: its cell stays free and its box keeps its size', () => {
    const engine = new BoxLayoutEngine();
    const base = aGridTopology(2, 3, 9);
    const before = run(engine, base);
    const left = aTopology(
      base.nodes.filter((node) => node.name !== 'svc4'),
      [],
    );
    const after = run(engine, left);
    for (const node of left.nodes)
      expect(after.nodes.get(node.id)).toEqual(before.nodes.get(node.id));
    expect(after.namespaces).toEqual(before.namespaces);
  });

  it('orders a namespace by calls: a caller comes before the service it calls', () => {
    const ingress = aNode('c', 'ns', 'zz-ingress', { trafficSource: true });
    const api = aNode('c', 'ns', 'aa-api');
    const geometry = run(new BoxLayoutEngine(), aTopology([ingress, api], [anEdge(ingress, api)]));
    const caller = geometry.nodes.get(ingress.id)!;
    const callee = geometry.nodes.get(api.id)!;
    expect(caller.y < callee.y || (caller.y === callee.y && caller.x < callee.x)).toBe(true);
  });
});
