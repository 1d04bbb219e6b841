import { hashString } from './seeded-random';

// Kubernetes' rand.SafeEncodeString alphabet: no vowels, no look-alike characters.
const SAFE = 'bcdfghjklmnpqrstvwxz2456789';

/** `n` characters of the ReplicaSet/pod-name alphabet, derived from `seed`. */
export function safeSuffix(seed: string, n: number): string {
  let h = hashString(seed);
  let out = '';
  for (let i = 0; i < n; i++) {
    if (i % 6 === 0 && i > 0) h = mix(h + i);
    out += SAFE[h % SAFE.length];
    h = Math.floor(h / SAFE.length);
  }
  return out;
}

/** A UUID-shaped, deterministic identifier (version nibble 4, variant 10). */
export function stableUid(seed: string): string {
  const a = hashString(seed);
  const b = mix(a ^ 0x9e3779b9);
  const c = mix(b ^ 0x85ebca6b);
  const d = mix(c ^ 0xc2b2ae35);
  const hex = (x: number) => x.toString(16).padStart(8, '0');
  const hb = hex(b);
  const hc = hex(c);
  return `${hex(a)}-${hb.slice(0, 4)}-4${hb.slice(5, 8)}-a${hc.slice(1, 4)}-${hc.slice(4)}${hex(d)}`;
}

/** The murmur3 32-bit finalizer: spreads the bits of `h`. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export const SERVICE_WORDS = [
  'accounts',
  'audit',
  'basket',
  'billing',
  'catalog',
  'checkout',
  'coupons',
  'delivery',
  'emails',
  'fraud',
  'gateway',
  'inventory',
  'invoices',
  'ledger',
  'loyalty',
  'media',
  'notify',
  'orders',
  'payments',
  'pricing',
  'profile',
  'ratings',
  'recommend',
  'refunds',
  'reviews',
  'search',
  'sessions',
  'shipping',
  'stock',
  'tax',
  'tracking',
  'users',
  'vouchers',
  'wallet',
] as const;
