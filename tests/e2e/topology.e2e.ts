import { join } from 'node:path';
import { type Page } from 'playwright-core';
import { TopologyPage } from './pages/topology.page';
import { browserSession } from './support/browser-session';
import { type Hub } from './support/hub';
import { waitForHub } from './support/hub-graphql';

interface ApiTopology {
  nodes: Array<{
    id: string;
    name: string;
    namespace: string;
    cluster: string;
    trafficSource: boolean;
    highlighted: boolean;
    meshKind: string | null;
    certificateAlert: boolean;
  }>;
  edges: Array<{ id: string; source: string; target: string }>;
  metricsSource: string;
}

// A page load, a graph query and a drawing on a shared 2-core machine.
const testTimeoutMs = 60_000;
const screenshotPath = join(__dirname, 'screenshots', 'topology.png');

async function apiTopology(hub: Hub, filter: Record<string, unknown> = {}): Promise<ApiTopology> {
  const response = await fetch(`${hub.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `query($filter: TopologyFilter) { topology(filter: $filter) {
        metricsSource nodes { id name namespace cluster trafficSource highlighted meshKind certificateAlert } edges { id source target } } }`,
      variables: { filter },
    }),
  });
  const body = (await response.json()) as { data?: { topology: ApiTopology }; errors?: unknown };
  if (!body.data) throw new Error(`topology query failed: ${JSON.stringify(body.errors)}`);
  return body.data.topology;
}

/**
 * The graph once the demo fleet is discovered and has traffic: the hub is ready before its
 * clusters are synced, so wait until the same nodes and edges come twice in a row.
 */
async function settledTopology(hub: Hub, timeoutMs = 90_000): Promise<ApiTopology> {
  const deadline = Date.now() + timeoutMs;
  let previous = '';
  for (;;) {
    const topology = await apiTopology(hub);
    const shape = `${topology.nodes.length}/${topology.edges.length}`;
    if (topology.nodes.length > 0 && topology.edges.length > 0 && shape === previous)
      return topology;
    if (Date.now() > deadline)
      throw new Error(`no settled topology after ${timeoutMs} ms (last ${shape})`);
    previous = shape;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

describe('Topology page against the hub on its demo fleet', () => {
  let fleet: ApiTopology;
  const session = browserSession({
    ready: async (hub) => {
      fleet = await settledTopology(hub);
    },
    setupTimeoutMs: 180_000,
  });
  let page: Page;
  let topology: TopologyPage;

  beforeEach(() => {
    page = session.page;
    topology = new TopologyPage(page, session.hub.url);
  });

  it(
    'draws every node and edge the hub reports, in cluster and namespace boxes',
    async () => {
      expect(fleet.nodes.length).toBeGreaterThan(0);
      expect(fleet.edges.length).toBeGreaterThan(0);
      await topology.open('/topology?paused=1');

      expect(await topology.drawnNodeIds()).toEqual(fleet.nodes.map((node) => node.id).sort());
      const edges = await topology.drawnEdges();
      expect(edges.map((edge) => edge.id).sort()).toEqual(
        fleet.edges.map((edge) => edge.id).sort(),
      );
      for (const edge of fleet.edges) {
        expect(edges.find((drawn) => drawn.id === edge.id)).toMatchObject({
          source: edge.source,
          target: edge.target,
        });
      }
      expect(await topology.summary().innerText()).toContain(`${fleet.nodes.length} services`);
      await topology.screenshot(screenshotPath);
    },
    testTimeoutMs,
  );

  it(
    'opens the side panel of a clicked node with its neighbours, and keeps the selection in the URL',
    async () => {
      const inbound = new Map<string, number>();
      for (const edge of fleet.edges) inbound.set(edge.target, (inbound.get(edge.target) ?? 0) + 1);
      const busiest = [...inbound.entries()].sort((a, b) => b[1] - a[1])[0]![0];
      const node = fleet.nodes.find((candidate) => candidate.id === busiest)!;
      await topology.open('/topology?paused=1');

      await topology.clickNode(node.id);
      await topology.sidePanel().waitFor();
      expect(await topology.panelNodeId()).toBe(node.id);
      await expect(
        topology.sidePanel().getByRole('heading', { level: 2 }).innerText(),
      ).resolves.toBe(node.name);
      expect(await topology.neighbours('inbound').count()).toBe(inbound.get(node.id));
      expect(await topology.neighbours('outbound').count()).toBe(
        fleet.edges.filter((edge) => edge.source === node.id).length,
      );
      await topology.sidePanel().getByTestId('topology-charts').waitFor({ timeout: 20_000 });
      expect(topology.url().searchParams.get('sel')).toBe(node.id);
      await topology.screenshot(screenshotPath.replace('.png', '-selected.png'));

      // A copied link reopens the same selection and camera.
      await page.waitForURL((url) => url.searchParams.has('v'), { timeout: 5_000 });
      const link = `${topology.url().pathname}${topology.url().search}`;
      const camera = topology.url().searchParams.get('v');
      const again = new TopologyPage(await session.newPage(), session.hub.url);
      await again.open(link);
      await again.sidePanel().waitFor();
      expect(await again.panelNodeId()).toBe(node.id);
      expect(again.url().searchParams.get('v')).toBe(camera);
    },
    testTimeoutMs,
  );

  it(
    'hides what the Hide expression matches and highlights what Find matches',
    async () => {
      const namespace = fleet.nodes.find((node) => !node.trafficSource)!.namespace;
      const expected = (await apiTopology(session.hub, { hide: `namespace = ${namespace}` })).nodes;
      expect(expected.length).toBeLessThan(fleet.nodes.length);
      await topology.open('/topology?paused=1');

      await topology.applyExpression('Hide', `namespace = ${namespace}`);
      expect(await topology.drawnNodeIds()).toEqual(expected.map((node) => node.id).sort());

      const target = expected[0]!;
      await topology.applyExpression('Find', `name = ${target.name}`);
      const found = await apiTopology(session.hub, {
        hide: `namespace = ${namespace}`,
        find: `name = ${target.name}`,
      });
      const highlighted = found.nodes.filter((node) => node.highlighted).map((node) => node.id);
      expect(highlighted).toContain(target.id);
      for (const node of found.nodes) {
        const classes = await topology.drawnNodeClasses(node.id);
        expect({ id: node.id, highlighted: classes.includes('highlighted') }).toEqual({
          id: node.id,
          highlighted: node.highlighted,
        });
      }
    },
    testTimeoutMs,
  );

  it(
    'rings the nodes of a mesh whose CA certificate is expired (the demo OSM root), only those',
    async () => {
      // Certificates are read after the graph settles; wait until the hub has classed OSM's root.
      const graph = await waitForHub(
        () => apiTopology(session.hub),
        (answer) => answer.nodes.some((node) => node.meshKind === 'OSM' && node.certificateAlert),
      );
      const osm = graph.nodes.filter((node) => node.meshKind === 'OSM');
      expect(osm.every((node) => node.certificateAlert)).toBe(true);
      await topology.open('/topology?paused=1');
      for (const node of graph.nodes) {
        const classes = await topology.drawnNodeClasses(node.id);
        expect({ id: node.id, alert: classes.includes('certificate-alert') }).toEqual({
          id: node.id,
          alert: node.certificateAlert,
        });
      }
    },
    testTimeoutMs,
  );

  it(
    'says why an expression was refused instead of drawing a wrong graph',
    async () => {
      await topology.open('/topology?paused=1');
      await topology.expressionBox('Hide').fill('namespace ===');
      await topology.expressionBox('Hide').press('Enter');
      const message = page.getByTestId('topology-expression-error');
      await message.waitFor({ timeout: 10_000 });
      expect(await message.innerText()).toMatch(/^Hide expression not accepted: .*position \d+/);
      expect(await topology.expressionBox('Hide').getAttribute('aria-invalid')).toBe('true');
      expect(await topology.expressionBox('Find').getAttribute('aria-invalid')).toBeNull();
    },
    testTimeoutMs,
  );
});
