import type { TopologyEdge, TopologyNode } from '../graph/topology-graph';
import { ExpressionSyntaxError } from './expression-syntax-error';
import { tokenize, type Token } from './expression-tokens';

type Value = string | number | boolean | undefined;
/** A node, or an edge with its ends' cluster and namespace. */
export type Subject =
  | { type: 'node'; node: TopologyNode }
  | { type: 'edge'; edge: TopologyEdge; source?: TopologyNode };
type Field = (subject: Subject) => Value;

const node =
  (read: (n: TopologyNode) => Value): Field =>
  (s) =>
    s.type === 'node' ? read(s.node) : undefined;
const edge =
  (read: (e: TopologyEdge) => Value): Field =>
  (s) =>
    s.type === 'edge' ? read(s.edge) : undefined;
const either =
  (
    readNode: (n: TopologyNode) => Value,
    readEdge: (e: TopologyEdge, source?: TopologyNode) => Value,
  ): Field =>
  (s) =>
    s.type === 'node' ? readNode(s.node) : readEdge(s.edge, s.source);

/** Fields the language knows, with short aliases (Kiali-style). Edges take cluster/namespace from their source. */
const FIELDS: Record<string, Field> = {
  name: node((n) => n.name),
  kind: node((n) => n.kind),
  mesh: node((n) => n.mesh),
  meshkind: node((n) => n.meshKind),
  health: node((n) => n.health),
  idle: node((n) => n.idle),
  trafficsource: node((n) => n.trafficSource),
  cluster: either(
    (n) => n.cluster,
    (_, s) => s?.cluster,
  ),
  namespace: either(
    (n) => n.namespace,
    (_, s) => s?.namespace,
  ),
  ns: either(
    (n) => n.namespace,
    (_, s) => s?.namespace,
  ),
  requestrate: either(
    (n) => n.requestRate,
    (e) => e.requestRate,
  ),
  rps: either(
    (n) => n.requestRate,
    (e) => e.requestRate,
  ),
  errorrate: either(
    (n) => n.errorRate,
    (e) => e.errorRate,
  ),
  '%httperr': either(
    (n) => n.errorRate,
    (e) => e.errorRate,
  ),
  protocol: edge((e) => e.protocol),
  p50latencyms: edge((e) => e.p50LatencyMs),
  p95latencyms: edge((e) => e.p95LatencyMs),
  rt: edge((e) => e.p95LatencyMs),
  p99latencyms: edge((e) => e.p99LatencyMs),
  mtlspercent: edge((e) => e.mtlsPercent),
  crosscluster: edge((e) => e.crossCluster),
};

type Predicate = (subject: Subject) => boolean;

/**
 * A find/hide expression over node and edge fields: comparisons (`=`, `!=`, `<`, `>`, `<=`, `>=`),
 * bare boolean fields (`idle`), AND / OR / NOT (also `&&`, `||`, `!`) and parentheses. A field that
 * does not apply to a subject (edge fields on nodes) makes its comparison false.
 */
export class TopologyExpression {
  private constructor(
    readonly text: string,
    private readonly predicate: Predicate,
  ) {}

  /** Throws ExpressionSyntaxError naming the position of the first problem. */
  static parse(text: string): TopologyExpression {
    return new TopologyExpression(text, new Parser(text, tokenize(text)).parse());
  }

  matches(subject: Subject): boolean {
    return this.predicate(subject);
  }
}

class Parser {
  private index = 0;

  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
  ) {}

  parse(): Predicate {
    if (this.peek().type === 'end') this.fail(this.peek(), 'empty expression');
    const predicate = this.or();
    const rest = this.peek();
    if (rest.type !== 'end') this.fail(rest, `unexpected "${rest.text}"`);
    return predicate;
  }

  private or(): Predicate {
    let left = this.and();
    while (this.peek().type === 'or') {
      this.index += 1;
      const a = left;
      const b = this.and();
      left = (s) => a(s) || b(s);
    }
    return left;
  }

  private and(): Predicate {
    let left = this.not();
    while (this.peek().type === 'and') {
      this.index += 1;
      const a = left;
      const b = this.not();
      left = (s) => a(s) && b(s);
    }
    return left;
  }

  private not(): Predicate {
    if (this.peek().type === 'not') {
      this.index += 1;
      const inner = this.not();
      return (s) => !inner(s);
    }
    return this.primary();
  }

  private primary(): Predicate {
    const token = this.next();
    if (token.type === '(') {
      const inner = this.or();
      const close = this.next();
      if (close.type !== ')') this.fail(close, 'expected ")"');
      return inner;
    }
    if (token.type !== 'word')
      this.fail(
        token,
        token.type === 'end' ? 'expected a field' : `expected a field, found "${token.text}"`,
      );
    const field = FIELDS[token.text.toLowerCase()];
    if (!field) this.fail(token, `unknown field "${token.text}"`);
    if (this.peek().type !== 'op') return (s) => field(s) === true;
    const op = this.next().text;
    const value = this.next();
    if (value.type !== 'word' && value.type !== 'number' && value.type !== 'string')
      this.fail(value, 'expected a value');
    return compare(field, op, value);
  }

  private peek(): Token {
    return this.tokens[this.index]!;
  }

  private next(): Token {
    const token = this.tokens[this.index]!;
    if (token.type !== 'end') this.index += 1;
    return token;
  }

  private fail(token: Token, reason: string): never {
    throw new ExpressionSyntaxError(this.text, token.at + 1, reason);
  }
}

function compare(field: Field, op: string, token: Token): Predicate {
  const numeric = token.type === 'number' ? Number(token.text) : undefined;
  const text = token.text.toLowerCase();
  const bool = text === 'true' ? true : text === 'false' ? false : undefined;
  return (subject) => {
    const actual = field(subject);
    if (actual === undefined) return false;
    if (typeof actual === 'number') {
      if (numeric === undefined) return op === '!=';
      switch (op) {
        case '=':
          return actual === numeric;
        case '!=':
          return actual !== numeric;
        case '<':
          return actual < numeric;
        case '>':
          return actual > numeric;
        case '<=':
          return actual <= numeric;
        case '>=':
          return actual >= numeric;
      }
      return false;
    }
    const equal =
      typeof actual === 'boolean' ? actual === bool : String(actual).toLowerCase() === text;
    if (op === '=') return equal;
    if (op === '!=') return !equal;
    return false;
  };
}
