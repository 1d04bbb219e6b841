import {
  contextFor,
  edge,
  fleetOf,
  graphOf,
  node,
  service,
  workload,
} from '../testing/topology-fixtures';
import { idleAppender } from './idle.appender';

describe('idle appender', () => {
  const web = workload('c', 'ns', 'web');
  const old = workload('c', 'ns', 'old', { replicas: { desired: 0, ready: 0 } });
  const quiet = workload('c', 'ns', 'quiet');
  const services = [
    service('c', 'ns', 'web', [web]),
    service('c', 'ns', 'old', [old]),
    service('c', 'ns', 'quiet', [quiet]),
  ];
  const fleet = fleetOf([web, old, quiet], services);

  it('marks nodes without traffic idle and removes dead ones (idle, no pod desired)', () => {
    const graph = graphOf(
      [
        node('c/ns/Service/web'),
        node('c/ns/Service/old'),
        node('c/ns/Service/quiet'),
        node('c/ns/Deployment/caller'),
      ],
      [edge('c/ns/Deployment/caller', 'c/ns/Service/web')],
    );
    idleAppender.append(graph, contextFor(fleet));
    expect(graph.nodes.map((n) => [n.id, n.idle])).toEqual([
      ['c/ns/Service/web', false],
      ['c/ns/Service/quiet', true],
      ['c/ns/Deployment/caller', false],
    ]);
  });

  it('calls nothing idle and removes nothing when metrics are unavailable', () => {
    const graph = graphOf([node('c/ns/Service/old'), node('c/ns/Service/quiet')], [], false);
    idleAppender.append(graph, contextFor(fleet));
    expect(graph.nodes.map((n) => n.idle)).toEqual([false, false]);
  });
});
