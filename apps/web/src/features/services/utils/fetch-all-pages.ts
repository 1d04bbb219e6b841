export interface ConnectionPage<Node> {
  totalCount: number;
  nodes: readonly Node[];
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
}

export interface FetchAllPagesOptions<Node> {
  /**
   * Told after every page: the nodes so far (read-only; the array grows with later pages) and how
   * many the hub says there are.
   */
  onProgress?: (nodes: readonly Node[], total: number) => void;
  /** A guard against a hub that keeps saying "more": this many pages at most. */
  maxPages?: number;
}

/**
 * Every node of a cursor connection, page after page, until the hub says there is no next page.
 * Pages are fetched one after the other: each needs the previous page's end cursor.
 */
export async function fetchAllPages<Node>(
  fetchPage: (after: string | undefined) => Promise<ConnectionPage<Node>>,
  { onProgress, maxPages = 1_000 }: FetchAllPagesOptions<Node> = {},
): Promise<Node[]> {
  const nodes: Node[] = [];
  let after: string | undefined;
  for (let pages = 0; pages < maxPages; pages++) {
    const page = await fetchPage(after);
    nodes.push(...page.nodes);
    onProgress?.(nodes, Math.max(page.totalCount, nodes.length));
    const cursor = page.pageInfo.endCursor ?? undefined;
    if (!page.pageInfo.hasNextPage || page.nodes.length === 0 || cursor === undefined) return nodes;
    if (cursor === after) throw new Error('the hub returned the same page cursor twice');
    after = cursor;
  }
  throw new Error(`stopped after ${maxPages} pages: the hub kept reporting more`);
}
