import { buildSchema, parse, validate } from 'graphql';
import { queryLimitsRule } from './query-limits.rule';

const schema = buildSchema(`
  type Node { name: String, child: Node }
  type Query { root: Node }
`);
const rule = queryLimitsRule({ maxDepth: 5, maxFields: 20 });
const check = (query: string) => validate(schema, parse(query), [rule]).map((e) => e.message);

describe('queryLimitsRule', () => {
  it('accepts an ordinary query', () => {
    expect(check('query Ok { root { name child { name } } }')).toEqual([]);
  });

  it('rejects a query nested deeper than the limit, naming it', () => {
    expect(
      check('query Deep { root { child { child { child { child { child { name } } } } } } }'),
    ).toEqual(['Deep is nested deeper than the limit of 5 levels']);
  });

  it('follows fragments when measuring depth', () => {
    const query = `query ViaFragments { root { ...A } }
      fragment A on Node { child { ...B } }
      fragment B on Node { child { child { child { name } } } }`;
    expect(check(query)).toEqual(['ViaFragments is nested deeper than the limit of 5 levels']);
  });

  it('rejects alias amplification past the field limit', () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: root { name }`).join(' ');
    expect(check(`query Wide { ${aliases} }`)).toEqual([
      'Wide selects more than the limit of 20 fields',
    ]);
  });

  it('counts fields of a fragment each time it is spread', () => {
    const spreads = Array.from({ length: 8 }, (_, i) => `r${i}: root { ...F }`).join(' ');
    expect(check(`query Spread { ${spreads} } fragment F on Node { name child { name } }`)).toEqual(
      ['Spread selects more than the limit of 20 fields'],
    );
  });
});
