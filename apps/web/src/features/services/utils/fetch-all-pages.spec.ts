import { type ConnectionPage, fetchAllPages } from './fetch-all-pages';

/** A hub holding `total` numbered items, serving `size` per page with the last id as cursor. */
function fakeHub(total: number, size: number) {
  const items = Array.from({ length: total }, (_, i) => `item-${String(i).padStart(5, '0')}`);
  const cursors: Array<string | undefined> = [];
  const fetchPage = (after: string | undefined): Promise<ConnectionPage<string>> => {
    cursors.push(after);
    const start = after === undefined ? 0 : items.indexOf(after) + 1;
    const nodes = items.slice(start, start + size);
    return Promise.resolve({
      totalCount: total,
      nodes,
      pageInfo: { endCursor: nodes.at(-1) ?? after, hasNextPage: start + size < total },
    });
  };
  return { items, cursors, fetchPage };
}

describe('fetchAllPages', () => {
  it('follows the cursor until the last page and returns every node in order', async () => {
    const hub = fakeHub(2_500, 1_000);
    const progress: Array<[number, number]> = [];
    const nodes = await fetchAllPages(hub.fetchPage, {
      onProgress: (sofar, total) => progress.push([sofar.length, total]),
    });
    expect(nodes).toEqual(hub.items);
    expect(hub.cursors).toEqual([undefined, 'item-00999', 'item-01999']);
    expect(progress).toEqual([
      [1_000, 2_500],
      [2_000, 2_500],
      [2_500, 2_500],
    ]);
  });

  it('makes one request for an empty or single-page list', async () => {
    const empty = fakeHub(0, 1_000);
    expect(await fetchAllPages(empty.fetchPage)).toEqual([]);
    expect(empty.cursors).toHaveLength(1);
    const small = fakeHub(10, 1_000);
    expect(await fetchAllPages(small.fetchPage)).toHaveLength(10);
    expect(small.cursors).toHaveLength(1);
  });

  it('fails instead of looping when the hub repeats a cursor', async () => {
    const stuck = () =>
      Promise.resolve({
        totalCount: 5,
        nodes: ['a'],
        pageInfo: { endCursor: 'a', hasNextPage: true },
      });
    await expect(fetchAllPages(stuck)).rejects.toThrow('same page cursor twice');
  });

  it('stops at the page limit', async () => {
    const hub = fakeHub(100, 10);
    await expect(fetchAllPages(hub.fetchPage, { maxPages: 3 })).rejects.toThrow('after 3 pages');
  });

  it('passes a failing page on to the caller', async () => {
    const failing = () => Promise.reject(new Error('hub unreachable'));
    await expect(fetchAllPages(failing)).rejects.toThrow('hub unreachable');
  });
});
