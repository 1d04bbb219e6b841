// A small find/hide evaluator for the fake hub, enough for the browser tests: `field op value`
// terms joined by AND / OR (AND binds tighter), ops = != > >= < <=, fields of nodes and edges.
// The real language is the hub's; this only stands in for it until the hub answers `topology`.

type Subject = Record<string, unknown>;
type Term = { field: string; op: string; value: string };

const termPattern = /^\s*([A-Za-z][\w.]*)\s*(!=|>=|<=|=|>|<)\s*(.+?)\s*$/;

export class ExpressionError extends Error {}

function parseTerm(text: string): Term {
  const match = termPattern.exec(text);
  if (!match)
    throw new ExpressionError(`cannot read "${text.trim()}": expected <field> <op> <value>`);
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
export function compileExpression(expression: string): (subject: Subject) => boolean {
  const alternatives = expression
    .split(/\s+OR\s+/i)
    .map((part) => part.split(/\s+AND\s+/i).map(parseTerm));
  return (subject) => alternatives.some((terms) => terms.every((term) => test(subject, term)));
}
