import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildApi } from '../support/build-api';
import { startHubProcess, type HubProcess } from '../support/hub-process';

const REPO = join(__dirname, '..', '..');
const WEB_INDEX = join(REPO, 'dist', 'apps', 'web', 'index.html');
// Node logs every CommonJS module it loads to stderr (`load "<path>" for module ...`).
const LOADED_MODULE = /^MODULE \d+: load "([^"]+)"/gm;

async function graphql<T>(url: string, query: string): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
    signal: AbortSignal.timeout(10_000),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** /readyz means every cluster was tried once; the model is complete when every cluster synced. */
async function waitForSync(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { fleet } = await graphql<{ fleet: { clusters: number; clustersSynced: number } }>(
      url,
      '{ fleet { clusters clustersSynced } }',
    );
    if (fleet.clusters > 0 && fleet.clustersSynced === fleet.clusters) return;
    if (Date.now() > deadline)
      throw new Error(`not synced after ${timeoutMs} ms: ${JSON.stringify(fleet)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('the compiled hub (scripts/build-api.cjs, as npm start runs it)', () => {
  mkdirSync(join(REPO, 'dist'), { recursive: true });
  // Inside the repository, where the compiled tree finds node_modules; dist/ is git-ignored.
  const outDir = mkdtempSync(join(REPO, 'dist', 'api-test-'));
  let hub: HubProcess | undefined;
  let summary = '';

  beforeAll(async () => {
    const built = buildApi(outDir);
    summary = built.summary;
    hub = await startHubProcess({
      compiledMain: built.main,
      env: { NODE_DEBUG: 'module' },
      readyTimeoutMs: 60_000,
    });
    await waitForSync(hub.url, 30_000);
  }, 120_000);

  afterAll(async () => {
    await hub?.stop();
    rmSync(outDir, { recursive: true, force: true });
  });

  const started = (): HubProcess => {
    if (!hub) throw new Error('the compiled hub did not start');
    return hub;
  };
  const loadedModules = (): string[] =>
    [...readFileSync(started().process.logPath, 'utf8').matchAll(LOADED_MODULE)].map((m) => m[1]!);

  it('reports in one line how many files it compiled', () => {
    expect(summary).toMatch(/^build-api: \d{3,} files in \d+\.\d s -> /);
    expect(summary).toMatch(/@kubernetes\/client-node: .*\bKubeConfig\b/);
    expect(summary.split('\n')).toHaveLength(1);
  });

  it('runs the JavaScript tree without TypeScript, SWC or the sources', () => {
    const loaded = loadedModules();
    expect(loaded).toContain(join(outDir, 'apps', 'api', 'src', 'main.js'));
    expect(loaded).toContain(join(outDir, 'libs', 'fleet-sim', 'src', 'index.js'));
    // The Kubernetes client comes from the build's tree-shaken bundle, not the package's index.
    expect(loaded).toContain(join(outDir, 'vendor', 'kubernetes-client-node.cjs'));
    expect(
      loaded.filter((path) => /[/\\]node_modules[/\\](typescript|@swc|@swc-node)[/\\]/.test(path)),
    ).toEqual([]);
    expect(loaded.filter((path) => path.endsWith('.ts'))).toEqual([]);
  });

  it('discovers the demo fleet: two Istio clusters, Linkerd, Consul and OSM', async () => {
    const { meshes } = await graphql<{ meshes: { id: string; kind: string }[] }>(
      started().url,
      '{ meshes { id kind } }',
    );
    expect(meshes.map(({ id, kind }) => `${kind} ${id}`).sort()).toEqual([
      'CONSUL south/consul/Mesh/consul',
      'ISTIO east/istio-system/Mesh/istio',
      'ISTIO west/istio-system/Mesh/istio',
      'LINKERD north/linkerd/Mesh/linkerd',
      'OSM central/osm-system/Mesh/osm',
    ]);
  });

  it('serves the built web app at / (or says how to build it)', async () => {
    const response = await fetch(`${started().url}/`, { signal: AbortSignal.timeout(10_000) });
    if (existsSync(WEB_INDEX)) {
      expect(response.status).toBe(200);
      expect(await response.text()).toBe(readFileSync(WEB_INDEX, 'utf8'));
    } else {
      expect(response.status).toBe(404);
      expect(readFileSync(started().process.logPath, 'utf8')).toContain(
        'The web app is not built (npm run build:web); the GraphQL API is at /graphql.',
      );
    }
  });
});
