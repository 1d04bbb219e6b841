import { BoundedMemo } from './bounded-memo';

describe('BoundedMemo', () => {
  it('computes once per key and forgets the oldest beyond its limit', () => {
    const memo = new BoundedMemo<number>(2);
    let calls = 0;
    const square = (n: number) => memo.get(String(n), () => (calls++, n * n));
    expect([square(2), square(2), square(3)]).toEqual([4, 4, 9]);
    expect(calls).toBe(2);
    square(4);
    expect(memo.size).toBe(2);
    square(2);
    expect(calls).toBe(4);
  });
});
