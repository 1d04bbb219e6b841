import { mapLimited } from './map-limited';

describe('mapLimited', () => {
  it('keeps the input order and never has more than `limit` calls in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const results = await mapLimited([50, 10, 30, 0, 20, 40, 5], 3, async (ms) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, ms));
      inFlight -= 1;
      return ms * 2;
    });
    expect(results).toEqual([100, 20, 60, 0, 40, 80, 10]);
    expect(most).toBe(3);
  });

  it('rejects with the first failure', async () => {
    await expect(
      mapLimited([1, 2, 3], 2, async (n) => {
        if (n === 2) throw new Error('two failed');
        return n;
      }),
    ).rejects.toThrow('two failed');
  });

  it('answers an empty list at once', async () => {
    expect(await mapLimited([], 4, async () => 1)).toEqual([]);
  });
});
