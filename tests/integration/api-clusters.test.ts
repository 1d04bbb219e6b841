import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FleetSim } from '@meshwork/fleet-sim';
import type { INestApplication } from '@nestjs/common';
import pino from 'pino';
import { parse, stringify } from 'yaml';
import { loadClusterTargets } from '../../apps/api/src/clusters/kubeconfig-loader';
import { meshworkConfigSchema } from '../../apps/api/src/config/meshwork-config';
import { createApp } from '../../apps/api/src/create-app';
import { findFreePorts } from '../support/free-port';

interface KubeconfigDoc {
  clusters: Array<{ name: string; cluster: Record<string, unknown> }>;
  users: Array<{ name: string; user: Record<string, unknown> }>;
  contexts: Array<{ name: string; context: { cluster: string; user: string } }>;
}

async function graphql<T>(url: string, query: string): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!response.ok || body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body)}`);
  return body.data as T;
}

/**
 * The hub against simulated clusters over HTTPS: one that answers, one whose server does not answer
 * (a port nobody listens on), and one context that names a user the file does not have.
 */
describe('the clusters query over HTTP', () => {
  let sim: FleetSim;
  let app: INestApplication;
  let url: string;
  const timeoutMs = 1_500;

  beforeAll(async () => {
    sim = await FleetSim.start({ clusters: [{ name: 'east', kubernetesVersion: 'v1.34.1' }] });
    const dir = mkdtempSync(join(tmpdir(), 'meshwork-api-test-'));
    const simFile = join(dir, 'sim.yaml');
    await sim.writeKubeconfig(simFile);
    const doc = parse(readFileSync(simFile, 'utf8')) as KubeconfigDoc;
    const [deadPort] = await findFreePorts(1);
    const east = doc.clusters.find((c) => c.name === 'east');
    if (!east) throw new Error('fleet-sim kubeconfig has no east cluster');
    doc.clusters.push({
      name: 'dead',
      cluster: { ...east.cluster, server: `https://127.0.0.1:${deadPort}` },
    });
    doc.contexts.push({
      name: 'dead',
      context: { cluster: 'dead', user: doc.contexts[0]!.context.user },
    });
    doc.contexts.push({ name: 'ghost', context: { cluster: 'east', user: 'nobody' } });
    const file = join(dir, 'fleet.yaml');
    writeFileSync(file, stringify(doc));

    const config = meshworkConfigSchema.parse({
      port: 0,
      clusterTimeoutMs: timeoutMs,
      kubeconfig: [file],
      demo: 'never',
    });
    const created = await createApp({
      config,
      logger: pino({ level: 'silent' }),
      targets: loadClusterTargets([file]),
    });
    app = created.app;
    await app.listen(0, '127.0.0.1');
    url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  });

  afterAll(async () => {
    await app?.close();
    await sim?.stop();
  });

  it('becomes ready once every cluster was tried, within the timeout', async () => {
    const started = Date.now();
    let status = 0;
    while (Date.now() - started < timeoutMs + 3_000) {
      status = (await fetch(`${url}/readyz`)).status;
      if (status === 200) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(status).toBe(200);
  });

  it('lists the reachable, the unreachable and the misconfigured cluster with their errors', async () => {
    const { clusters } = await graphql<{
      clusters: Array<{
        name: string;
        reachability: string;
        kubernetesVersion: string | null;
        lastSeenAt: string | null;
        error: string | null;
      }>;
    }>(url, '{ clusters { name reachability kubernetesVersion lastSeenAt error } }');
    const byName = Object.fromEntries(clusters.map((c) => [c.name, c]));
    expect(byName.east).toMatchObject({
      reachability: 'REACHABLE',
      kubernetesVersion: 'v1.34.1',
      error: null,
    });
    expect(Date.parse(byName.east?.lastSeenAt ?? '')).toBeGreaterThan(Date.now() - 60_000);
    expect(byName.dead).toMatchObject({
      reachability: 'UNREACHABLE',
      kubernetesVersion: null,
      lastSeenAt: null,
    });
    expect(byName.dead?.error).toMatch(/connection refused/);
    expect(byName.ghost).toMatchObject({ reachability: 'UNREACHABLE' });
    expect(byName.ghost?.error).toMatch(/refers to user "nobody"/);
  });

  it('counts GraphQL operations by name in /metrics', async () => {
    await graphql(url, 'query ClusterNames { clusters { name } }');
    const metrics = await (await fetch(`${url}/metrics`)).text();
    expect(metrics).toMatch(
      /meshwork_graphql_operation_duration_seconds_count\{operation="ClusterNames",type="query",outcome="ok"\} 1/,
    );
  });

  it('answers /healthz', async () => {
    const response = await fetch(`${url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});
