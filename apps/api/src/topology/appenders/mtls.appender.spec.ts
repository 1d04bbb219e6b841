import { contextFor, edge, fleetOf, graphOf } from '../testing/topology-fixtures';
import { mtlsAppender } from './mtls.appender';

describe('mtls appender', () => {
  it('computes the mTLS share on the requests it was measured on', () => {
    const graph = graphOf(
      [],
      [
        edge('c/ns/Service/a', 'c/ns/Service/b', {
          requestRate: 10,
          mtlsRate: 6,
          mtlsTotalRate: 8,
        }),
        edge('c/ns/Service/a', 'c/ns/Service/c', { requestRate: 10, mtlsRate: 10 }),
      ],
    );
    mtlsAppender.append(graph, contextFor(fleetOf([], [])));
    expect(graph.edges.map((e) => e.mtlsPercent)).toEqual([75, 100]);
  });

  it('leaves the share unknown when the mesh reported nothing about TLS', () => {
    const graph = graphOf([], [edge('c/ns/Service/a', 'c/ns/Service/b')]);
    mtlsAppender.append(graph, contextFor(fleetOf([], [])));
    expect(graph.edges[0]!.mtlsPercent).toBeUndefined();
  });
});
