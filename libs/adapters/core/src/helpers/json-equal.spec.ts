import { jsonEqual } from './json-equal';

describe('jsonEqual', () => {
  it('is true exactly when JSON.stringify of both would match up to key order', () => {
    const cases: Array<[unknown, unknown]> = [
      [{ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] }],
      [
        { a: 1, b: 2 },
        { b: 2, a: 1 },
      ],
      [{ a: 1, gone: undefined }, { a: 1 }],
      [{ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] }],
      [{ a: 1 }, { a: 1, b: 2 }],
      [{ a: 1, b: 2 }, { a: 1 }],
      [[1, 2], { 0: 1, 1: 2 }],
      [null, {}],
      ['1', 1],
      [new Date(0), new Date(0)],
      [new Date(0), new Date(1)],
    ];
    const sorted = (value: unknown): string =>
      JSON.stringify(value, (_key, v: unknown) =>
        v && typeof v === 'object' && !Array.isArray(v)
          ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => x.localeCompare(y)))
          : v,
      );
    for (const [a, b] of cases)
      expect([a, b, jsonEqual(a, b)]).toEqual([a, b, sorted(a) === sorted(b)]);
  });
});
