import { contextFor, edge, fleetOf, graphOf, node } from '../testing/topology-fixtures';
import { trafficSourceAppender } from './traffic-source.appender';

describe('traffic-source appender', () => {
  it('marks nodes that only send, not those that also receive or are idle', () => {
    const graph = graphOf(
      [
        node('c/ns/Deployment/loadgen'),
        node('c/ns/Service/web'),
        node('c/ns/Service/db'),
        node('c/ns/Service/quiet'),
      ],
      [
        edge('c/ns/Deployment/loadgen', 'c/ns/Service/web'),
        edge('c/ns/Service/web', 'c/ns/Service/db'),
      ],
    );
    trafficSourceAppender.append(graph, contextFor(fleetOf([], [])));
    expect(graph.nodes.filter((n) => n.trafficSource).map((n) => n.id)).toEqual([
      'c/ns/Deployment/loadgen',
    ]);
  });

  it('ignores edges that carried no requests', () => {
    const graph = graphOf(
      [node('c/ns/Service/a'), node('c/ns/Service/b')],
      [edge('c/ns/Service/a', 'c/ns/Service/b', { requestRate: 0 })],
    );
    trafficSourceAppender.append(graph, contextFor(fleetOf([], [])));
    expect(graph.nodes.some((n) => n.trafficSource)).toBe(false);
  });
});
