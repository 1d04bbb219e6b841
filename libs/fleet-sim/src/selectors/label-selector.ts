import { apiErrors } from '../api/api-errors';

type Operator = 'in' | 'notin' | 'exists' | '!' | 'gt' | 'lt';

interface Requirement {
  key: string;
  op: Operator;
  values: string[];
}

/** A parsed `labelSelector` query: `a=b, c!=d, e in (x,y), f notin (z), g, !h, n>1`. */
export class LabelSelector {
  private constructor(private readonly requirements: Requirement[]) {}

  static readonly everything = new LabelSelector([]);

  /** Parses Kubernetes selector syntax; throws a 400 BadRequest Status on bad syntax. */
  static parse(text: string | null | undefined): LabelSelector {
    if (text === null || text === undefined || text.trim() === '') return LabelSelector.everything;
    return new LabelSelector(new Parser(text).parse());
  }

  get empty(): boolean {
    return this.requirements.length === 0;
  }

  matches(labels: Record<string, string> | undefined): boolean {
    for (const r of this.requirements) if (!matchesOne(r, labels ?? {})) return false;
    return true;
  }
}

function matchesOne(r: Requirement, labels: Record<string, string>): boolean {
  const has = Object.prototype.hasOwnProperty.call(labels, r.key);
  const value = labels[r.key];
  switch (r.op) {
    case 'exists':
      return has;
    case '!':
      return !has;
    case 'in':
      return has && r.values.includes(value ?? '');
    case 'notin':
      return !has || !r.values.includes(value ?? '');
    case 'gt':
    case 'lt': {
      if (!has || !/^-?\d+$/.test(value ?? '')) return false;
      const actual = Number(value);
      const bound = Number(r.values[0]);
      return r.op === 'gt' ? actual > bound : actual < bound;
    }
  }
}

const KEY =
  /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

class Parser {
  private pos = 0;

  constructor(private readonly text: string) {}

  parse(): Requirement[] {
    const out: Requirement[] = [];
    for (;;) {
      out.push(this.requirement());
      this.skipSpace();
      if (this.pos >= this.text.length) return out;
      if (this.text[this.pos] !== ',')
        this.fail(`found '${this.text[this.pos] ?? ''}', expected: ',' or 'end of string'`);
      this.pos += 1;
    }
  }

  private requirement(): Requirement {
    this.skipSpace();
    if (this.text[this.pos] === '!') {
      this.pos += 1;
      return { key: this.key(), op: '!', values: [] };
    }
    const key = this.key();
    this.skipSpace();
    const rest = this.text.slice(this.pos);
    const symbol = /^(==|!=|=|>|<)/.exec(rest)?.[1];
    if (symbol) {
      this.pos += symbol.length;
      const value = this.value();
      const op: Operator =
        symbol === '!=' ? 'notin' : symbol === '>' ? 'gt' : symbol === '<' ? 'lt' : 'in';
      if ((op === 'gt' || op === 'lt') && !/^-?\d+$/.test(value))
        this.fail(`for 'Gt', 'Lt' operators, the value must be an integer`);
      return { key, op, values: [value] };
    }
    const word = /^(notin|in)\s*\(/.exec(rest);
    if (word?.[1]) {
      this.pos += word[0].length;
      return { key, op: word[1] === 'in' ? 'in' : 'notin', values: this.valueSet() };
    }
    if (this.pos >= this.text.length || this.text[this.pos] === ',')
      return { key, op: 'exists', values: [] };
    return this.fail(`found '${rest}', expected: in, notin, =, ==, !=, gt, lt`);
  }

  private valueSet(): string[] {
    const values: string[] = [];
    for (;;) {
      values.push(this.value());
      this.skipSpace();
      const c = this.text[this.pos];
      this.pos += 1;
      if (c === ')') return values;
      if (c !== ',') this.fail(`found '${c ?? ''}', expected: ',', ')'`);
    }
  }

  private key(): string {
    this.skipSpace();
    const key = this.token();
    if (!KEY.test(key) || key.length > 316)
      this.fail(
        `key: Invalid value: "${key}": name part must consist of alphanumeric characters, '-', '_' or '.'`,
      );
    return key;
  }

  private value(): string {
    this.skipSpace();
    const value = this.token();
    if (!VALUE.test(value) || value.length > 63)
      this.fail(
        `values[0]: Invalid value: "${value}": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.'`,
      );
    return value;
  }

  private token(): string {
    const match = /^[^\s,()=!<>]*/.exec(this.text.slice(this.pos));
    const token = match?.[0] ?? '';
    this.pos += token.length;
    return token;
  }

  private skipSpace(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos] ?? '')) this.pos += 1;
  }

  private fail(message: string): never {
    throw apiErrors.badRequest(`unable to parse requirement: ${message}`);
  }
}
