import { paginate } from './paginate';

const items = Array.from({ length: 25 }, (_, i) => ({
  id: `east/ns/Service/s${String(i).padStart(2, '0')}`,
}));

describe('paginate', () => {
  it('walks every item exactly once, page by page', () => {
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = paginate(items, 10, after);
      seen.push(...page.nodes.map((n) => n.id));
      if (!page.hasNextPage) break;
      after = page.endCursor;
    }
    expect(seen).toEqual(items.map((i) => i.id));
  });

  it('continues after the last seen id even when that item was removed meanwhile', () => {
    const first = paginate(items, 5);
    const withoutLast = items.filter((i) => i.id !== first.nodes.at(-1)?.id);
    expect(paginate(withoutLast, 2, first.endCursor).nodes.map((n) => n.id)).toEqual([
      items[5]!.id,
      items[6]!.id,
    ]);
  });

  it('rejects a page size out of range with a message naming it', () => {
    expect(() => paginate(items, 5000)).toThrow(
      /first must be an integer between 0 and 1000, got 5000/,
    );
    expect(() => paginate(items, -1)).toThrow(/first must be/);
  });
});
