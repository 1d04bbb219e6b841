import { TopologyExpression } from '../expressions/topology-expression';
import { contextFor, edge, fleetOf, graphOf, node } from '../testing/topology-fixtures';
import { findHideAppender } from './find-hide.appender';

const fleet = fleetOf([], []);

function sample() {
  return graphOf(
    [
      node('east/shop/Service/web', { errorRate: 8 }),
      node('east/shop/Service/db', { errorRate: 1 }),
      node('west/shop/Service/db', { errorRate: 9 }),
    ],
    [
      edge('east/shop/Service/web', 'east/shop/Service/db', { errorRate: 7 }),
      edge('east/shop/Service/web', 'west/shop/Service/db', { errorRate: 0.5 }),
    ],
  );
}

describe('find-hide appender', () => {
  it('highlights nodes and edges matching find', () => {
    const graph = sample();
    findHideAppender.append(
      graph,
      contextFor(fleet, { find: TopologyExpression.parse('errorRate > 5 AND cluster = east') }),
    );
    expect(graph.nodes.filter((n) => n.highlighted).map((n) => n.id)).toEqual([
      'east/shop/Service/web',
    ]);
    expect(graph.edges.filter((e) => e.highlighted).map((e) => e.target)).toEqual([
      'east/shop/Service/db',
    ]);
  });

  it('removes matching nodes with their edges, and matching edges', () => {
    const graph = sample();
    findHideAppender.append(
      graph,
      contextFor(fleet, { hide: TopologyExpression.parse('cluster = west OR errorRate >= 7') }),
    );
    // web (8 %) and west/db go; the edge web→db goes with web.
    expect(graph.nodes.map((n) => n.id)).toEqual(['east/shop/Service/db']);
    expect(graph.edges).toEqual([]);
  });

  it('hides only edges when the expression names edge fields', () => {
    const graph = sample();
    findHideAppender.append(
      graph,
      contextFor(fleet, { hide: TopologyExpression.parse('crossCluster') }),
    );
    expect(graph.nodes).toHaveLength(3);
    expect(graph.edges.map((e) => e.target)).toEqual(['east/shop/Service/db']);
  });
});
