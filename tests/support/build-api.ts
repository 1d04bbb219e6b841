import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const REPO = join(__dirname, '..', '..');

/**
 * Compiles the hub with scripts/build-api.cjs (as `npm start` does) into `outDir`, which must be inside
 * the repository, and returns the compiled main.js and the script's one-line summary.
 */
export function buildApi(outDir = join(REPO, 'dist', 'api')): { main: string; summary: string } {
  const summary = execFileSync(process.execPath, [join(REPO, 'scripts', 'build-api.cjs'), outDir], {
    cwd: REPO,
    encoding: 'utf8',
    timeout: 60_000,
  }).trim();
  return { main: join(outDir, 'apps', 'api', 'src', 'main.js'), summary };
}
