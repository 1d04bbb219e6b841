import { scrollTopToReveal, visibleRange } from './visible-range';

describe('visibleRange', () => {
  const geometry = { viewportHeight: 360, rowHeight: 36, rowCount: 10_000, overscan: 5 };

  it('renders the first screen plus overscan below it at the top of the list', () => {
    expect(visibleRange({ ...geometry, scrollTop: 0 })).toEqual({ start: 0, end: 15 });
  });

  it('renders only the rows around the viewport deep in a long list', () => {
    const range = visibleRange({ ...geometry, scrollTop: 36 * 5_000 + 10 });
    expect(range).toEqual({ start: 4_995, end: 5_016 });
    expect(range.end - range.start).toBeLessThan(30);
  });

  it('clamps at the end of the list and on overscroll', () => {
    expect(visibleRange({ ...geometry, scrollTop: 36 * 9_995 })).toEqual({
      start: 9_990,
      end: 10_000,
    });
    expect(visibleRange({ ...geometry, scrollTop: 36 * 20_000 })).toEqual({
      start: 10_000,
      end: 10_000,
    });
    expect(visibleRange({ ...geometry, scrollTop: -50 })).toEqual({ start: 0, end: 15 });
  });

  it('is empty for an empty list', () => {
    expect(visibleRange({ ...geometry, rowCount: 0, scrollTop: 0 })).toEqual({ start: 0, end: 0 });
  });
});

describe('scrollTopToReveal', () => {
  const view = { viewportHeight: 360, rowHeight: 36 };

  it('leaves the scroll alone when the row is already in view', () => {
    expect(scrollTopToReveal(3, { ...view, scrollTop: 0 })).toBeUndefined();
  });

  it('scrolls up to a row above the viewport and down to one below it', () => {
    expect(scrollTopToReveal(2, { ...view, scrollTop: 720 })).toBe(72);
    expect(scrollTopToReveal(20, { ...view, scrollTop: 0 })).toBe(21 * 36 - 360);
  });
});
