import { ExpressionSyntaxError } from './expression-syntax-error';

export type TokenType =
  'word' | 'number' | 'string' | 'op' | 'and' | 'or' | 'not' | '(' | ')' | 'end';

export interface Token {
  type: TokenType;
  text: string;
  /** 0-based offset in the expression. */
  at: number;
}

const OPERATORS = ['<=', '>=', '!=', '=', '<', '>'];
const KEYWORDS: Record<string, TokenType> = { and: 'and', or: 'or', not: 'not' };
const SYMBOLS: Record<string, TokenType> = { '&&': 'and', '||': 'or' };

/** Splits an expression into tokens; words may hold letters, digits, `-`, `_`, `.`, `/` and `%`. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i += 1;
      continue;
    }
    const two = text.slice(i, i + 2);
    if (SYMBOLS[two]) {
      tokens.push({ type: SYMBOLS[two], text: two, at: i });
      i += 2;
      continue;
    }
    const op = OPERATORS.find((o) => text.startsWith(o, i));
    if (op) {
      tokens.push({ type: 'op', text: op, at: i });
      i += op.length;
      continue;
    }
    if (c === '!') {
      tokens.push({ type: 'not', text: c, at: i });
      i += 1;
      continue;
    }
    if (c === '(' || c === ')') {
      tokens.push({ type: c, text: c, at: i });
      i += 1;
      continue;
    }
    if (c === '"' || c === "'") {
      const end = text.indexOf(c, i + 1);
      if (end < 0) throw new ExpressionSyntaxError(text, i + 1, 'unterminated string');
      tokens.push({ type: 'string', text: text.slice(i + 1, end), at: i });
      i = end + 1;
      continue;
    }
    const match = /^[A-Za-z0-9_.\-/%:]+/.exec(text.slice(i));
    if (!match) throw new ExpressionSyntaxError(text, i + 1, `unexpected character "${c}"`);
    const word = match[0];
    const keyword = KEYWORDS[word.toLowerCase()];
    const type: TokenType = keyword ?? (/^-?\d+(\.\d+)?$/.test(word) ? 'number' : 'word');
    tokens.push({ type, text: word, at: i });
    i += word.length;
  }
  tokens.push({ type: 'end', text: '', at: text.length });
  return tokens;
}
