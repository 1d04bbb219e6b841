import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Page } from 'playwright-core';
import { MeshesPage } from './pages/meshes.page';
import { OverviewPage } from './pages/overview.page';
import { ServicesPage } from './pages/services.page';
import { browserSession } from './support/browser-session';
import { queryHub, waitForHub } from './support/hub-graphql';

interface FleetAnswer {
  fleet: { clusters: number; clustersSynced: number; meshes: number };
  meshes: Array<{ id: string; kind: string; health: string; cluster: { name: string } }>;
  meshLinks: Array<{ fromMeshId: string | null; toCluster: string | null }>;
  services: { totalCount: number; nodes: Array<{ id: string; cluster: { name: string } }> };
}

interface ServiceAnswer {
  service: {
    workloads: Array<{ name: string }>;
    policies: Array<{ name: string }>;
    otherClusters: Array<{ id: string; cluster: { name: string } }>;
  };
}

const fleetQuery = `{
  fleet { clusters clustersSynced meshes }
  meshes { id kind health cluster { name } }
  meshLinks { fromMeshId toCluster }
  services(first: 1000) { totalCount nodes { id cluster { name } } }
}`;
const serviceQuery = `query ($id: ID!) { service(id: $id) {
  workloads { name } policies { name } otherClusters { id cluster { name } }
} }`;

// Per test: a page load, a few refetches and some scrolling. (A project's testTimeout is not
// applied to its tests, so each test says its own.)
const testTimeoutMs = 45_000;
const screenshotsDir = join(__dirname, 'screenshots');

/** Keeps a picture of the page as the test left it, for people reviewing the UI. */
async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotsDir, { recursive: true });
  await page.screenshot({ path: join(screenshotsDir, `${name}.png`) });
}

describe('Overview, Meshes and Services against the hub on its demo fleet', () => {
  let fleet: FleetAnswer;
  const session = browserSession({
    // The demo's scenarios are read by the hub's watches; compare the pages with what it knows then.
    ready: async (hub) => {
      fleet = await waitForHub(
        () => queryHub<FleetAnswer>(hub.url, fleetQuery),
        (answer) =>
          answer.fleet.clusters > 0 && answer.fleet.clustersSynced === answer.fleet.clusters,
      );
    },
    setupTimeoutMs: 120_000,
  });
  let page: Page;

  beforeEach(() => {
    page = session.page;
  });

  it(
    'opens on the Overview, which shows every mesh of the demo fleet by kind',
    async () => {
      const overview = new OverviewPage(page, session.hub.url);
      await overview.open('/');
      expect(overview.url().pathname).toBe('/overview');
      await overview.waitForSynced();

      expect(fleet.meshes.length).toBeGreaterThan(0);
      const kinds = [...new Set(fleet.meshes.map((mesh) => mesh.kind))];
      expect((await overview.meshKinds()).sort()).toEqual(kinds.sort());
      expect((await overview.meshIds()).sort()).toEqual(fleet.meshes.map((mesh) => mesh.id).sort());
      expect(await overview.statNumber('meshes').innerText()).toBe(String(fleet.meshes.length));
      expect(await overview.statNumber('clusters').innerText()).toBe(String(fleet.fleet.clusters));
      await screenshot(page, 'overview');
    },
    testTimeoutMs,
  );

  it(
    'links a cluster’s service count to the Services list filtered to that cluster',
    async () => {
      const overview = new OverviewPage(page, session.hub.url);
      await overview.open();
      const cluster = fleet.services.nodes[0]!.cluster.name;
      const expected = fleet.services.nodes.filter((s) => s.cluster.name === cluster).length;
      const count = overview.servicesCountOf(cluster);
      await count.waitFor();
      expect(await count.innerText()).toBe(String(expected));

      await count.click();
      const services = new ServicesPage(page, session.hub.url);
      await services.summary().waitFor();
      expect(services.url().pathname).toBe('/services');
      expect(services.url().searchParams.get('cluster')).toBe(cluster);
      expect(await services.shown().innerText()).toBe(
        `Showing ${expected} of ${fleet.services.totalCount}`,
      );
    },
    testTimeoutMs,
  );

  it(
    'lists every mesh with its control-plane health and the clusters it is linked to',
    async () => {
      const meshes = new MeshesPage(page, session.hub.url);
      await meshes.open();
      expect((await meshes.meshIds()).sort()).toEqual(fleet.meshes.map((mesh) => mesh.id).sort());
      for (const mesh of fleet.meshes) {
        expect(await meshes.healthOf(mesh.id)).toBe(mesh.health);
        const linkedTo = fleet.meshLinks
          .filter((link) => link.fromMeshId === mesh.id && link.toCluster)
          .map((link) => link.toCluster!);
        expect(await meshes.linkedPeersOf(mesh.id)).toEqual(
          expect.arrayContaining([...new Set(linkedTo)]),
        );
      }
      await screenshot(page, 'meshes');
    },
    testTimeoutMs,
  );

  it(
    'lists the scenario’s services in cluster / namespace / name order',
    async () => {
      const services = new ServicesPage(page, session.hub.url);
      await services.open();
      const ids = await services.allServiceIds();
      expect([...ids].sort()).toEqual(fleet.services.nodes.map((s) => s.id).sort());
      // The Istio shop of the scenario's "east" cluster.
      expect(ids).toEqual(
        expect.arrayContaining(['east/shop/Service/cart', 'east/shop/Service/checkout']),
      );
      expect(ids.indexOf('east/shop/Service/cart')).toBeLessThan(
        ids.indexOf('east/shop/Service/checkout'),
      );
    },
    testTimeoutMs,
  );

  it(
    'opens a service’s detail with its workloads, policies and other clusters, all as links',
    async () => {
      const id = 'east/shop/Service/cart';
      const expected = (await queryHub<ServiceAnswer>(session.hub.url, serviceQuery, { id }))
        .service;
      expect(expected.workloads.length).toBeGreaterThan(0);
      expect(expected.policies.length).toBeGreaterThan(0);

      const services = new ServicesPage(page, session.hub.url);
      await services.open('/services?q=cart');
      await (await services.revealRow(id)).click();
      await services.detail().waitFor();
      expect(decodeURIComponent(services.url().pathname)).toBe(`/services/${id}`);
      expect(services.url().searchParams.get('q')).toBe('cart');
      await services.detail().locator('[data-workload]').first().waitFor();

      expect((await services.workloadNames()).sort()).toEqual(
        expected.workloads.map((w) => w.name).sort(),
      );
      expect((await services.policyNames()).sort()).toEqual(
        expected.policies.map((p) => p.name).sort(),
      );
      for (const name of await services.workloadNames()) {
        await expect(services.workload(name).innerText()).resolves.toMatch(
          /\d+\/\d+ ready|scaled to zero/,
        );
      }
      await screenshot(page, 'service-detail');

      const other = expected.otherClusters[0];
      if (other) {
        await services.otherCluster(other.cluster.name).click();
        await page.waitForURL(
          (url) => decodeURIComponent(url.pathname) === `/services/${other.id}`,
        );
        // The URL changes before the panel shows the new service: wait for the panel itself.
        await services
          .detail()
          .and(page.locator(`[data-service-id="${other.id}"]`))
          .waitFor();
        await expect(services.detail().getAttribute('data-service-id')).resolves.toBe(other.id);
      }

      // A copied link reopens the same view.
      await services.open(`${services.url().pathname}${services.url().search}`);
      await services.detail().locator('[data-workload]').first().waitFor();
      expect(await services.row(other?.id ?? id).getAttribute('aria-selected')).toBe('true');
    },
    testTimeoutMs,
  );
});
