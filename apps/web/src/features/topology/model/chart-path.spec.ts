import { chartPath, niceMax } from './chart-path';

describe('chart scale', () => {
  it('rounds the top of the axis up to 1, 2 or 5 times a power of ten', () => {
    expect(niceMax(0)).toBe(1);
    expect(niceMax(0.07)).toBeCloseTo(0.1);
    expect(niceMax(1.3)).toBe(2);
    expect(niceMax(3)).toBe(5);
    expect(niceMax(5)).toBe(5);
    expect(niceMax(730)).toBe(1000);
  });

  it('spans the points across the width with zero at the bottom', () => {
    const path = chartPath(
      [
        { t: 0, v: 0 },
        { t: 10, v: 5 },
        { t: 20, v: 2.5 },
      ],
      100,
      50,
    );
    expect(path.max).toBe(5);
    expect(path.line).toBe('M0.0,50.0L50.0,0.0L100.0,25.0');
    expect(path.area.endsWith('L100,50L0,50Z')).toBe(true);
  });

  it('draws nothing for no points', () => {
    expect(chartPath([], 100, 50).line).toBe('');
  });
});
