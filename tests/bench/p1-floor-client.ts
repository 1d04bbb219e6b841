/**
 * The least a client can do to read the P1 fleet: every built-in kind the hub watches (they carry
 * nearly all the bytes: pods, ReplicaSets, Deployments, Services...), in pages of 500, over one
 * keep-alive HTTPS agent per cluster with every kind's list in flight at once. Nothing is kept,
 * trimmed or discovered. Run by p1-floor.ts in its own process, as the hub runs.
 *
 * argv: <kubeconfig> <fetch|parse>. `fetch` decodes each page to text (JSON.parse needs it) and finds
 * its continue token; `parse` also runs JSON.parse. Prints one JSON line: wall ms, CPU ms, MB, objects.
 */
import https from 'node:https';
import tls from 'node:tls';
import { KubeConfig } from '@kubernetes/client-node';
import { CORE_KINDS } from '@meshwork/adapters-core';

const [kubeconfigPath, mode = 'parse'] = process.argv.slice(2);

function get(agent: https.Agent, url: string, token: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const headers = { accept: 'application/json', authorization: `Bearer ${token}` };
    https
      .get(url, { agent, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          response.statusCode === 200
            ? resolve(Buffer.concat(chunks))
            : reject(new Error(`GET ${url}: HTTP ${response.statusCode}`)),
        );
        response.on('error', reject);
      })
      .on('error', reject);
  });
}

interface Target {
  server: string;
  token: string;
  ca: Buffer;
}

function targets(): Target[] {
  const config = new KubeConfig();
  config.loadFromFile(kubeconfigPath!);
  return config.getContexts().map((context) => {
    config.setCurrentContext(context.name);
    const cluster = config.getCurrentCluster()!;
    return {
      server: cluster.server,
      token: config.getCurrentUser()!.token!,
      ca: Buffer.from(cluster.caData!, 'base64'),
    };
  });
}

async function readCluster({ server, token, ca }: Target): Promise<[number, number]> {
  const agent = new https.Agent({
    keepAlive: true,
    secureContext: tls.createSecureContext({ ca }),
  });
  let bytes = 0;
  let objects = 0;
  await Promise.all(
    CORE_KINDS.map(async (kind) => {
      const path = kind.group ? `/apis/${kind.group}/${kind.version}` : `/api/${kind.version}`;
      let continueToken: string | undefined;
      do {
        const query = new URLSearchParams({ limit: '500' });
        if (continueToken) query.set('continue', continueToken);
        const body = await get(agent, `${server}${path}/${kind.resource}?${query}`, token);
        bytes += body.length;
        const text = body.toString('latin1');
        if (mode === 'fetch') {
          continueToken = /"continue":"([^"]+)"/.exec(text)?.[1];
        } else {
          const page = JSON.parse(text) as { items: unknown[]; metadata: { continue?: string } };
          objects += page.items.length;
          continueToken = page.metadata.continue || undefined;
        }
      } while (continueToken);
    }),
  );
  agent.destroy();
  return [bytes, objects];
}

async function main(): Promise<void> {
  const fleet = targets();
  const started = performance.now();
  const cpu = process.cpuUsage();
  const results = await Promise.all(fleet.map(readCluster));
  const used = process.cpuUsage(cpu);
  console.log(
    JSON.stringify({
      wallMs: Math.round(performance.now() - started),
      cpuMs: Math.round((used.user + used.system) / 1000),
      mb: Math.round(results.reduce((n, [b]) => n + b, 0) / 1e6),
      objects: results.reduce((n, [, o]) => n + o, 0),
    }),
  );
}

void main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
