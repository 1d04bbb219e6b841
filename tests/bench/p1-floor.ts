/**
 * P1's floor on this machine: how long a minimal client takes just to fetch (and parse) the lists of
 * P1's fleet from fleet-sim, with nothing kept and nothing discovered (see p1-floor-client.ts). The hub
 * cannot start faster than this, so P1 is best read as a multiple of it.
 *
 * Run: npx node -r ./scripts/register-ts.cjs tests/bench/p1-floor.ts [runs=3] [clusters=20] [services=500]
 * The fleet and the simulator's warm-up are P1's; the client runs in its own process, as the hub does.
 * Besides wall time, it reports the CPU the client and the simulator used: on 2 cores, no client can
 * beat max(client CPU, (client CPU + simulator CPU) / 2), however it spreads its work.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { startP1Fleet } from './support/p1-fleet';

const runs = Number(process.argv[2] ?? 3);
const CLUSTERS = Number(process.argv[3] ?? 20);
const SERVICES = Number(process.argv[4] ?? 500);
const REPO = join(__dirname, '..', '..');

interface ClientResult {
  wallMs: number;
  cpuMs: number;
  mb: number;
  objects: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

function runClient(kubeconfigPath: string, mode: 'fetch' | 'parse'): Promise<ClientResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '-r',
        join(REPO, 'scripts', 'register-ts.cjs'),
        join(__dirname, 'p1-floor-client.ts'),
        kubeconfigPath,
        mode,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out) as ClientResult)
        : reject(new Error(`client exited ${code}`)),
    );
  });
}

async function main(): Promise<void> {
  const { sim, kubeconfigPath } = await startP1Fleet(CLUSTERS, SERVICES);

  for (const mode of ['fetch', 'parse'] as const) {
    const results: Array<ClientResult & { simCpuMs: number; boundMs: number }> = [];
    for (let run = 1; run <= runs; run++) {
      // The simulator's CPU while it serves this client (this process does nothing else meanwhile).
      const simCpu = process.cpuUsage();
      const result = await runClient(kubeconfigPath, mode);
      const used = process.cpuUsage(simCpu);
      const simCpuMs = Math.round((used.user + used.system) / 1000);
      const boundMs = Math.round(Math.max(result.cpuMs, (result.cpuMs + simCpuMs) / 2));
      results.push({ ...result, simCpuMs, boundMs });
      console.log(
        `${mode} run ${run}: ${result.wallMs} ms, ${result.mb} MB, ${result.objects} objects; CPU: client ${result.cpuMs} ms, simulator ${simCpuMs} ms; 2-core bound ${boundMs} ms`,
      );
    }
    const m = (pick: (r: (typeof results)[number]) => number) => median(results.map(pick));
    console.log(
      `median of ${runs}, ${mode}: ${m((r) => r.wallMs)} ms wall; CPU: client ${m((r) => r.cpuMs)} ms, simulator ${m((r) => r.simCpuMs)} ms; 2-core bound ${m((r) => r.boundMs)} ms`,
    );
  }
  await sim.stop();
}

void main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
