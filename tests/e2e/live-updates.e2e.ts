import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FleetSim, type KubeObject } from '@meshwork/fleet-sim';
import { type Browser, type Page } from 'playwright-core';
import { ServicesPage } from './pages/services.page';
import { launchChromium } from './support/chromium';
import { startHub } from './support/hub';
import { istioControlPlane, injectedNamespace, meshedService } from './support/istio-cluster';

type Hub = Awaited<ReturnType<typeof startHub>>;

const testTimeoutMs = 45_000;
// Pushed events arrive within a second; the revision check behind them runs every 10 s.
const updateWithinMs = 20_000;
const pushWithinMs = 10_000;

function create(sim: FleetSim, objects: KubeObject[]): void {
  for (const object of objects) sim.cluster('alpha').store.create(object);
}

describe('live updates from a cluster, without a reload', () => {
  let sim: FleetSim | undefined;
  let hub: Hub | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let services: ServicesPage;

  beforeAll(async () => {
    sim = await FleetSim.start({
      clusters: [
        {
          name: 'alpha',
          objects: [
            ...istioControlPlane(),
            injectedNamespace('shop'),
            ...meshedService({ namespace: 'shop', name: 'cart' }),
          ],
        },
      ],
    });
    const kubeconfigPath = join(mkdtempSync(join(tmpdir(), 'meshwork-e2e-live-')), 'kubeconfig');
    await sim.writeKubeconfig(kubeconfigPath);
    [hub, browser] = await Promise.all([startHub({ kubeconfigPath }), launchChromium()]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
    await sim?.stop();
  }, 30_000);

  beforeEach(async () => {
    page = await browser!.newPage({ viewport: { width: 1280, height: 800 } });
    services = new ServicesPage(page, hub!.url);
  }, 30_000);

  afterEach(async () => {
    await page?.close();
  }, 30_000);

  /** Marks the loaded document, so a test can tell the page was updated in place, not reloaded. */
  async function markDocument(): Promise<void> {
    await page.evaluate(() => {
      (window as unknown as { liveMarker: string }).liveMarker = 'still the same document';
    });
  }

  async function documentMarker(): Promise<unknown> {
    return page.evaluate(() => (window as unknown as { liveMarker?: string }).liveMarker);
  }

  it(
    'shows a Service added to an Istio namespace in the open Services table',
    async () => {
      await services.open();
      await services.row('alpha/shop/Service/cart').waitFor({ timeout: 20_000 });
      await services
        .freshness()
        .and(page.locator('[data-live="live"]'))
        .waitFor({ timeout: 10_000 });
      await markDocument();

      create(sim!, meshedService({ namespace: 'shop', name: 'reviews', version: 'v2' }));

      const row = services.row('alpha/shop/Service/reviews');
      await row.waitFor({ timeout: updateWithinMs });
      expect(await row.innerText()).toContain('v2');
      expect(await row.locator('[data-mesh-kind]').getAttribute('data-mesh-kind')).toBe('ISTIO');
      expect(await documentMarker()).toBe('still the same document');
    },
    testTimeoutMs,
  );

  it(
    'updates a workload’s readiness in the open detail panel',
    async () => {
      create(sim!, meshedService({ namespace: 'shop', name: 'ratings' }));
      await services.open(`/services/${encodeURIComponent('alpha/shop/Service/ratings')}`);
      const workload = services.workload('ratings-v1');
      await workload.getByText('1/1 ready').waitFor({ timeout: 20_000 });
      await services
        .freshness()
        .and(page.locator('[data-live="live"]'))
        .waitFor({ timeout: 10_000 });
      await markDocument();

      sim!.cluster('alpha').store.patch('apps/v1', 'Deployment', 'ratings-v1', 'shop', {
        status: { readyReplicas: 0 },
      });

      await workload.getByText('0/1 ready').waitFor({ timeout: updateWithinMs });
      expect(await documentMarker()).toBe('still the same document');
    },
    testTimeoutMs,
  );

  it(
    'receives the change over the graphql-ws socket as a fleetChanged event naming it',
    async () => {
      const frames: string[] = [];
      page.on('websocket', (socket) => {
        if (!socket.url().endsWith('/graphql')) return;
        socket.on('framereceived', ({ payload }) => frames.push(String(payload)));
      });
      await services.open();
      await services
        .freshness()
        .and(page.locator('[data-live="live"]'))
        .waitFor({ timeout: 10_000 });

      const createdAt = Date.now();
      create(sim!, meshedService({ namespace: 'shop', name: 'details' }));

      const id = 'alpha/shop/Service/details';
      const deadline = Date.now() + pushWithinMs;
      while (!frames.some((frame) => frame.includes('fleetChanged') && frame.includes(id))) {
        if (Date.now() > deadline) {
          throw new Error(
            `no fleetChanged event named ${id} within ${pushWithinMs} ms; frames: ${frames.join(' | ')}`,
          );
        }
        await page.waitForTimeout(50);
      }
      const pushedMs = Date.now() - createdAt;
      await services.row(id).waitFor({ timeout: 5_000 });
      console.log(
        `[live] event in the browser ${pushedMs} ms after the write, row shown after ${Date.now() - createdAt} ms`,
      );
    },
    testTimeoutMs,
  );
});
