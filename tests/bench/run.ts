/**
 * Runs every benchmark in turn with its defaults (issue goals in brackets):
 *   P1/P2 discovery on 20 x 500 [<= 5 s, <= 600 MB; fleetChanged p95 <= 250 ms],
 *   P1's floor: a minimal client fetching and parsing the same lists (what no hub can beat here),
 *   P3 topology answers on 20 x 500 [p95 <= 200 ms from cache],
 *   P4 the Topology page at 5,000 nodes in headless Chromium [<= 3 s to draw, >= 20 fps panning].
 * Run: npm run bench   (or one of them: npm run bench -- p3)
 * Each prints medians of several runs; the machine is shared, so compare ratios, not single figures.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const BENCHES: Record<string, string> = {
  'p1-p2': 'p1-p2-discovery.ts',
  'p1-floor': 'p1-floor.ts',
  p3: 'p3-topology.ts',
  p4: 'p4-topology-render.ts',
};

const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !(name in BENCHES));
if (unknown.length > 0) {
  console.error(
    `unknown benchmark ${unknown.join(', ')}; choose from ${Object.keys(BENCHES).join(', ')}`,
  );
  process.exit(2);
}
let failed = false;
for (const [name, file] of Object.entries(BENCHES)) {
  if (chosen.length > 0 && !chosen.includes(name)) continue;
  console.log(`\n== ${name} (tests/bench/${file})`);
  const result = spawnSync(
    process.execPath,
    ['-r', join(__dirname, '..', '..', 'scripts', 'register-ts.cjs'), join(__dirname, file)],
    { stdio: 'inherit' },
  );
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
