/** How a cluster answered its last probe. PENDING: not tried yet. */
export enum Reachability {
  PENDING = 'PENDING',
  REACHABLE = 'REACHABLE',
  UNREACHABLE = 'UNREACHABLE',
  UNAUTHORIZED = 'UNAUTHORIZED',
}
