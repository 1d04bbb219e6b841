import { shelfPack } from './shelf-pack';

const square = { width: 100, height: 100 };

describe('shelfPack', () => {
  it('lays equal boxes out in the grid that fills a wide screen best', () => {
    const packing = shelfPack(
      Array.from({ length: 8 }, () => square),
      0,
      2,
    );
    expect(packing.width).toBe(400);
    expect(packing.height).toBe(200);
  });

  it('stacks boxes for a tall screen', () => {
    const packing = shelfPack(
      Array.from({ length: 4 }, () => square),
      0,
      0.25,
    );
    expect(packing.width).toBe(100);
    expect(packing.height).toBe(400);
  });

  it('keeps the given order, row by row, with gaps between boxes', () => {
    const packing = shelfPack([square, square, square], 10, 2);
    expect(packing.places).toEqual([
      { x: 0, y: 0 },
      { x: 110, y: 0 },
      { x: 220, y: 0 },
    ]);
  });

  it('never overlaps boxes of different sizes', () => {
    const sizes = [
      { width: 300, height: 50 },
      { width: 80, height: 200 },
      { width: 120, height: 120 },
      { width: 40, height: 40 },
      { width: 250, height: 90 },
    ];
    const { places } = shelfPack(sizes, 5, 1.5);
    for (let i = 0; i < sizes.length; i++) {
      for (let j = i + 1; j < sizes.length; j++) {
        const [a, b] = [places[i]!, places[j]!];
        const apart =
          a.x + sizes[i]!.width <= b.x ||
          b.x + sizes[j]!.width <= a.x ||
          a.y + sizes[i]!.height <= b.y ||
          b.y + sizes[j]!.height <= a.y;
        expect(apart).toBe(true);
      }
    }
  });
});
