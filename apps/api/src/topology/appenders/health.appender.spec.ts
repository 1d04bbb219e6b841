import { Health, HealthTolerances } from '@meshwork/model';
import {
  contextFor,
  edge,
  fleetOf,
  graphOf,
  node,
  service,
  workload,
} from '../testing/topology-fixtures';
import { healthAppender } from './health.appender';

describe('health appender', () => {
  const api = workload('c', 'shop', 'api', { replicas: { desired: 3, ready: 2 } });
  const db = workload('c', 'shop', 'db');
  const services = [service('c', 'shop', 'api', [api]), service('c', 'shop', 'db', [db])];
  const fleet = fleetOf([api, db], services);

  it('takes the worst of pod readiness and inbound 5xx, with every reason', () => {
    const graph = graphOf(
      [
        node('c/shop/Service/api', { requestRate: 10, errorRate: 12 }),
        node('c/shop/Service/db', { requestRate: 5, errorRate: 0 }),
      ],
      [edge('c/shop/Service/api', 'c/shop/Service/db', { requestRate: 5 })],
    );
    healthAppender.append(graph, contextFor(fleet));
    expect(graph.nodes[0]).toMatchObject({
      health: Health.FAILING,
      healthReasons: ['api: 2/3 pods ready', '5xx 12.0 % ≥ 10 %'],
    });
    expect(graph.nodes[1]).toMatchObject({ health: Health.HEALTHY, healthReasons: [] });
  });

  it('counts 4xx from the edges into the node', () => {
    const graph = graphOf(
      [node('c/shop/Service/db', { requestRate: 10, errorRate: 0 })],
      [edge('c/shop/Service/api', 'c/shop/Service/db', { requestRate: 10, clientErrorRate: 25 })],
    );
    healthAppender.append(graph, contextFor(fleet));
    expect(graph.nodes[0]!.health).toBe(Health.FAILING);
  });

  it('uses the tolerance that matches the node', () => {
    const lenient = new HealthTolerances([
      {
        namespace: 'shop',
        serverErrors: { degradedAt: 20, failingAt: 50 },
        clientErrors: { degradedAt: 50, failingAt: 90 },
      },
    ]);
    const graph = graphOf([node('c/shop/Service/db', { requestRate: 10, errorRate: 12 })], []);
    healthAppender.append(graph, contextFor(fleet, { tolerances: lenient }));
    expect(graph.nodes[0]!.health).toBe(Health.HEALTHY);
  });

  it('is IDLE when ready but quiet, pod readiness alone without metrics, UNKNOWN outside the fleet', () => {
    const quiet = graphOf([node('c/shop/Service/db', { idle: true, requestRate: 0 })], []);
    healthAppender.append(quiet, contextFor(fleet));
    expect(quiet.nodes[0]!.health).toBe(Health.IDLE);

    const blind = graphOf([node('c/shop/Service/api', { errorRate: 50 })], [], false);
    healthAppender.append(blind, contextFor(fleet));
    expect(blind.nodes[0]).toMatchObject({
      health: Health.DEGRADED,
      healthReasons: ['api: 2/3 pods ready'],
    });

    const outside = graphOf([node('c/ext/External/x', { kind: 'EXTERNAL' })], []);
    healthAppender.append(outside, contextFor(fleet));
    expect(outside.nodes[0]!.health).toBe(Health.UNKNOWN);
  });
});
