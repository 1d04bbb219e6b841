import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The repository root (the folder holding nx.json), walking up from `from`. Paths to the workspace's
 * own build outputs are computed from it rather than from `__dirname`, because the hub runs both from
 * its sources (apps/api/src) and from a compiled tree deeper down (dist/api/apps/api/src).
 */
export function findWorkspaceRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'nx.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no nx.json in ${from} or above it`);
  }
}
