import { compareNames, compareNullable, compareVersions } from './compare';

describe('comparisons for table sorts', () => {
  it('orders names with numbers naturally', () => {
    expect(['edge-10', 'edge-9', 'edge-1'].sort(compareNames)).toEqual([
      'edge-1',
      'edge-9',
      'edge-10',
    ]);
  });

  it('orders versions by their numbers, whatever their prefix', () => {
    expect(['1.24.2', 'v1.9.0', '1.24.10', 'edge-25.8.5'].sort(compareVersions)).toEqual([
      'v1.9.0',
      '1.24.2',
      '1.24.10',
      'edge-25.8.5',
    ]);
  });

  it('puts missing values first', () => {
    const byNumber = (a: number, b: number) => a - b;
    expect([3, null, 1].sort((a, b) => compareNullable(a, b, byNumber))).toEqual([null, 1, 3]);
    // (Array#sort moves undefined to the end by itself, so undefined is checked directly.)
    expect(compareNullable(undefined, 1, byNumber)).toBeLessThan(0);
    expect(compareNullable(null, undefined, byNumber)).toBe(0);
  });
});
