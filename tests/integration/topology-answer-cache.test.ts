import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FleetSim } from '@meshwork/fleet-sim';
import { eventually, startHubInProcess, type InProcessHub } from '../support/hub-in-process';
import { minimalIstio } from '../support/istio-objects';

const QUERY = `query Topology($window: Int) {
  topology(window: $window) {
    generatedAt
    nodes { id name health healthReasons requestRate }
    edges { id source target requestRate }
  }
}`;

interface Answer {
  status: number;
  headers: Record<string, string | null>;
  text: string;
  topology: { generatedAt: string; nodes: Array<{ id: string }> };
}

/**
 * The topology answer cache against a live fleet (fleet-sim over HTTP): a repeated query is answered
 * with the very same bytes and headers, and a change in the fleet is in the next answer that sees it.
 */
describe('topology answers reused while the graph is current (fleet-sim)', () => {
  let sim: FleetSim;
  let hub: InProcessHub;

  const ask = async (): Promise<Answer> => {
    const response = await fetch(`${hub.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY, variables: { window: 300 } }),
    });
    const text = await response.text();
    const body = JSON.parse(text) as { data?: { topology: Answer['topology'] }; errors?: unknown };
    if (!body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    const headers = Object.fromEntries(
      ['content-type', 'content-length', 'etag'].map((name) => [name, response.headers.get(name)]),
    );
    return { status: response.status, headers, text, topology: body.data.topology };
  };
  const nodeIds = (answer: Answer) => answer.topology.nodes.map((n) => n.id);

  beforeAll(async () => {
    sim = await FleetSim.start({ clusters: [{ name: 'delta', objects: minimalIstio() as never }] });
    const kubeconfig = join(mkdtempSync(join(tmpdir(), 'meshwork-answers-')), 'kubeconfig');
    await sim.writeKubeconfig(kubeconfig, { readOnly: true });
    // One metrics snapshot for the whole test: only the fleet changes the graph.
    hub = await startHubInProcess(kubeconfig, {
      metricsSource: 'simulated',
      metricsCacheMs: 600_000,
      clusterTimeoutMs: 1_000,
      clusterRetryMs: 1_000,
    });
    await eventually(
      async () => (nodeIds(await ask()).includes('delta/shop/Service/cart') ? true : undefined),
      20_000,
      'the first sync',
    );
  }, 60_000);

  afterAll(async () => {
    await hub?.stop();
    await sim?.stop();
  });

  it('answers a repeated query with identical bytes and headers', async () => {
    const first = await ask();
    const second = await ask();
    expect(second.status).toBe(200);
    expect(second.text).toBe(first.text);
    expect(second.headers).toEqual(first.headers);
    // What Express itself sends for a string body: its byte length, its weak SHA-1 ETag, and the
    // content type of any other GraphQL answer.
    const bytes = Buffer.from(first.text, 'utf8');
    const sha1 = createHash('sha1').update(bytes).digest('base64').slice(0, 27);
    const plain = await fetch(`${hub.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(second.headers).toEqual({
      'content-type': plain.headers.get('content-type'),
      'content-length': String(bytes.length),
      etag: `W/"${bytes.length.toString(16)}-${sha1}"`,
    });
  });

  it('answers from the new fleet revision after a Service changes, then reuses that answer', async () => {
    const before = await ask();
    const cluster = sim.cluster('delta');
    const cart = cluster.store.get('v1', 'Service', 'cart', 'shop')!;
    cluster.store.update({
      ...cart,
      metadata: { ...cart.metadata, labels: { ...cart.metadata.labels, tier: 'backend' } },
    } as never);
    // Labels are not in the answer; a graph built again is (generatedAt, metrics held still).
    const { value: relabelled } = await eventually(
      async () => {
        const answer = await ask();
        return answer.topology.generatedAt !== before.topology.generatedAt ? answer : undefined;
      },
      20_000,
      'an answer from the relabelled fleet',
    );
    expect(nodeIds(relabelled)).toEqual(nodeIds(before));

    cluster.store.create({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'checkout', namespace: 'shop', labels: { app: 'cart' } },
      spec: { selector: { app: 'cart' }, ports: [{ port: 80 }] },
    } as never);
    const { value: grown } = await eventually(
      async () => {
        const answer = await ask();
        return nodeIds(answer).includes('delta/shop/Service/checkout') ? answer : undefined;
      },
      20_000,
      'an answer with the new Service',
    );
    expect((await ask()).text).toBe(grown.text);
  });
});
