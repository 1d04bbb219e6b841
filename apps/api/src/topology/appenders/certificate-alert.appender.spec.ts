import { HealthTolerances } from '@meshwork/model';
import type { TopologyGraph, TopologyNode } from '../graph/topology-graph';
import { certificateAlertAppender } from './certificate-alert.appender';

const node = (id: string, mesh?: string) =>
  ({ id, mesh, certificateAlert: false }) as unknown as TopologyNode;

describe('certificateAlertAppender', () => {
  it('marks the nodes of meshes whose root or issuer is CRITICAL or EXPIRED, and only those', () => {
    const graph = {
      nodes: [
        node('a', 'north/linkerd/Mesh/linkerd'),
        node('b', 'east/istio-system/Mesh/istio'),
        node('c'),
      ],
    } as TopologyGraph;
    certificateAlertAppender.append(graph, {
      tolerances: new HealthTolerances(),
      workloadsOf: () => [],
      meshesWithCertificateAlert: new Set(['north/linkerd/Mesh/linkerd']),
    });
    expect(graph.nodes.map((n) => [n.id, n.certificateAlert])).toEqual([
      ['a', true],
      ['b', false],
      ['c', false],
    ]);
  });
});
