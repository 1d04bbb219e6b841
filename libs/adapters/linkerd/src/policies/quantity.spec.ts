import { parseQuantity } from './quantity';

describe('parseQuantity', () => {
  it('reads integer, decimal and suffixed quantities', () => {
    expect(parseQuantity(90)).toBe(90);
    expect(parseQuantity('500m')).toBe(0.5);
    expect(parseQuantity('1')).toBe(1);
    expect(parseQuantity('0.25')).toBe(0.25);
    expect(parseQuantity('1k')).toBe(1000);
  });

  it('rejects negatives and words', () => {
    expect(parseQuantity(-1)).toBeUndefined();
    expect(parseQuantity('ninety')).toBeUndefined();
    expect(parseQuantity(undefined)).toBeUndefined();
  });
});
