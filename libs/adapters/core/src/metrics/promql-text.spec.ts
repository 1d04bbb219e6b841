import { promqlAlternatives, promqlString, quantile, selector, sumRate } from './promql-text';

describe('promql text helpers', () => {
  it('escapes quotes and backslashes in string literals', () => {
    expect(promqlString('a"b\\c')).toBe('"a\\"b\\\\c"');
  });

  it('builds an exact alternation regex', () => {
    expect(promqlAlternatives(['a.b', 'c'])).toBe('"a\\\\.b|c"');
  });

  it('adds the cluster matcher only when one store holds every cluster', () => {
    expect(selector(['x="1"'], { cluster: 'east', windowSeconds: 60 })).toBe('{x="1"}');
    expect(
      selector(['x="1"'], { cluster: 'east', windowSeconds: 60, clusterLabel: 'cluster' }),
    ).toBe('{x="1",cluster="east"}');
  });

  it('composes rate sums and histogram quantiles with the window in seconds', () => {
    const scope = { cluster: 'east', windowSeconds: 300 };
    expect(sumRate('m', ['a="b"'], ['k'], scope)).toBe('sum by (k) (rate(m{a="b"}[300s]))');
    expect(quantile(0.95, 'h', [], ['k'], scope)).toBe(
      'histogram_quantile(0.95, sum by (le, k) (rate(h_bucket[300s])))',
    );
  });
});
