import { Health } from '@meshwork/model';
import { edge, node } from '../testing/topology-fixtures';
import { ExpressionSyntaxError } from './expression-syntax-error';
import { TopologyExpression } from './topology-expression';

const web = node('east/shop/Service/web', {
  errorRate: 6,
  requestRate: 20,
  health: Health.DEGRADED,
  idle: false,
});
const db = node('west/data/Service/db', { errorRate: 0, requestRate: 0, idle: true });
const matches = (text: string, n = web) =>
  TopologyExpression.parse(text).matches({ type: 'node', node: n });

describe('TopologyExpression', () => {
  it('compares numbers with = != < > <= >=', () => {
    expect(matches('errorRate > 5')).toBe(true);
    expect(matches('errorRate >= 6')).toBe(true);
    expect(matches('errorRate < 6')).toBe(false);
    expect(matches('errorRate <= 6')).toBe(true);
    expect(matches('requestRate = 20')).toBe(true);
    expect(matches('requestRate != 20')).toBe(false);
  });

  it('compares words case-insensitively, quoted or not', () => {
    expect(matches('cluster = east')).toBe(true);
    expect(matches('cluster = EAST')).toBe(true);
    expect(matches('name = "web"')).toBe(true);
    expect(matches('health = degraded')).toBe(true);
    expect(matches('namespace != shop')).toBe(false);
  });

  it('combines with AND, OR, NOT and parentheses, AND binding tighter than OR', () => {
    expect(matches('errorRate > 5 AND cluster = east')).toBe(true);
    expect(matches('errorRate > 5 AND cluster = east', db)).toBe(false);
    expect(matches('cluster = west OR errorRate > 5 AND ns = shop')).toBe(true);
    expect(matches('(cluster = west OR errorRate > 5) AND ns = data')).toBe(false);
    expect(matches('NOT cluster = west')).toBe(true);
    expect(matches('!idle && rps > 10 || cluster = nowhere')).toBe(true);
    expect(matches('idle', db)).toBe(true);
    expect(matches('idle = false')).toBe(true);
  });

  it('reads edge fields on edges and source cluster for cluster, and never matches edge fields on nodes', () => {
    const e = edge('east/shop/Service/web', 'west/data/Service/db', {
      p95LatencyMs: 300,
      protocol: 'grpc',
    });
    const expr = TopologyExpression.parse(
      'rt > 250 AND protocol = grpc AND crossCluster AND cluster = east',
    );
    expect(expr.matches({ type: 'edge', edge: e, source: web })).toBe(true);
    expect(matches('rt > 0')).toBe(false);
  });

  it.each([
    ['errorRate >', 12, 'expected a value'],
    ['errorRate > 5 AND', 18, 'expected a field'],
    ['(cluster = east', 16, 'expected ")"'],
    ['colour = red', 1, 'unknown field "colour"'],
    ['cluster = east)', 15, 'unexpected ")"'],
    ['name = "web', 8, 'unterminated string'],
    ['', 1, 'empty expression'],
    ['cluster ~ east', 9, 'unexpected character "~"'],
  ])('rejects %j naming position %i', (text, position, reason) => {
    let error: unknown;
    try {
      TopologyExpression.parse(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ExpressionSyntaxError);
    expect((error as ExpressionSyntaxError).position).toBe(position);
    expect((error as Error).message).toContain(reason);
  });
});
