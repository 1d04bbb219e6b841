// A small find/hide evaluator for the fake hub, enough for the browser tests: `field op value`
// terms joined by AND / OR (AND binds tighter), ops = != > >= < <=, fields of nodes and edges.
// The real language is the hub's (apps/api/src/topology/expressions); this stands in for it in the
// benchmark's fake hub.

type Subject = Record<string, unknown>;
type Term = { field: string; op: string; value: string };

const termPattern = /^\s*([A-Za-z][\w.]*)\s*(!=|>=|<=|=|>|<)\s*(.+?)\s*$/;

/** Worded and coded like the hub's INVALID_EXPRESSION error, which names the field. */
export class ExpressionError extends Error {
  constructor(
    readonly field: 'find' | 'hide',
    message: string,
  ) {
    super(`${field}: ${message} at position 1`);
  }
}

function parseTerm(text: string, field: 'find' | 'hide'): Term {
  const match = termPattern.exec(text);
  if (!match) {
    throw new ExpressionError(field, `cannot read "${text.trim()}": expected <field> <op> <value>`);
  }
  return { field: match[1]!, op: match[2]!, value: match[3]!.replace(/^["']|["']$/g, '') };
}

function test(subject: Subject, term: Term): boolean {
  const actual = subject[term.field];
  if (actual === undefined) return false;
  const number = Number(term.value);
  const comparable =
    typeof actual === 'number' && Number.isFinite(number)
      ? [actual, number]
      : [String(actual).toLowerCase(), term.value.toLowerCase()];
  const [a, b] = comparable as [number | string, number | string];
  switch (term.op) {
    case '=':
      return a === b;
    case '!=':
      return a !== b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    default:
      return false;
  }
}

/** Compiles an expression into a predicate; throws ExpressionError on a term it cannot read. */
export function compileExpression(
  expression: string,
  field: 'find' | 'hide',
): (subject: Subject) => boolean {
  const alternatives = expression
    .split(/\s+OR\s+/i)
    .map((part) => part.split(/\s+AND\s+/i).map((term) => parseTerm(term, field)));
  return (subject) => alternatives.some((terms) => terms.every((term) => test(subject, term)));
}
