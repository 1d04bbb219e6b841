import { BadRequestException } from '@nestjs/common';

export const MAX_PAGE = 1000;

/**
 * Cursor pagination over an id-sorted list. The cursor is the last id seen (base64), so a page stays
 * correct while items are added or removed elsewhere in the list.
 */
export function paginate<T extends { id: string }>(
  items: T[],
  first = 100,
  after?: string,
): { nodes: T[]; endCursor?: string; hasNextPage: boolean } {
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE) {
    throw new BadRequestException(
      `first must be an integer between 0 and ${MAX_PAGE}, got ${first}`,
    );
  }
  let start = 0;
  if (after) {
    const lastId = Buffer.from(after, 'base64url').toString('utf8');
    start = lowerBound(items, lastId);
    if (items[start]?.id === lastId) start += 1;
  }
  const nodes = items.slice(start, start + first);
  const last = nodes.at(-1);
  return {
    nodes,
    endCursor: last ? Buffer.from(last.id, 'utf8').toString('base64url') : after,
    hasNextPage: start + first < items.length,
  };
}

function lowerBound<T extends { id: string }>(items: T[], id: string): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (items[mid]!.id < id) low = mid + 1;
    else high = mid;
  }
  return low;
}
