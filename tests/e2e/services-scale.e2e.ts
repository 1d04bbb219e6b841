import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FleetSim, generateFleet } from '@meshwork/fleet-sim';
import { type Browser, type Page } from 'playwright-core';
import { ServicesPage } from './pages/services.page';
import { launchChromium } from './support/chromium';
import { startHub } from './support/hub';
import { queryHub, waitForHub } from './support/hub-graphql';

type Hub = Awaited<ReturnType<typeof startHub>>;

const clusters = 10;
const servicesPerCluster = 1_000;
const totalServices = clusters * servicesPerCluster;
const testTimeoutMs = 90_000;
let total = 0;

/** Frame times (ms) while the table is scrolled `steps` times by `rowsPerStep` rows, one step a frame. */
async function scrollFrameTimes(page: Page, steps: number, rowsPerStep: number): Promise<number[]> {
  return page.locator('.vt-body').evaluate(
    async (body, { steps, rowsPerStep }) => {
      const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
      const times: number[] = [];
      body.scrollTop = 0;
      let last = await frame();
      for (let step = 0; step < steps; step++) {
        body.scrollTop += rowsPerStep * 36;
        const now = await frame();
        times.push(now - last);
        last = now;
      }
      return times;
    },
    { steps, rowsPerStep },
  );
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ??
  NaN;

describe(`Services page with ${totalServices.toLocaleString('en')} services`, () => {
  let sim: FleetSim | undefined;
  let hub: Hub | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let services: ServicesPage;

  beforeAll(async () => {
    sim = await FleetSim.start({
      clusters: generateFleet({
        clusters,
        servicesPerCluster,
        workloadsPerService: 1,
        podsPerWorkload: 1,
        seed: 'web-scale',
      }),
    });
    const kubeconfigPath = join(mkdtempSync(join(tmpdir(), 'meshwork-e2e-scale-')), 'kubeconfig');
    await sim.writeKubeconfig(kubeconfigPath);
    [hub, browser] = await Promise.all([
      startHub({ kubeconfigPath, readyTimeoutMs: 120_000 }),
      launchChromium(),
    ]);
    // Beside the generated services each cluster has its control plane's own (istiod, ...); the
    // count is taken once every cluster is synced and it has stopped growing.
    const read = () =>
      queryHub<{ fleet: { services: number; clustersSynced: number } }>(
        hub!.url,
        '{ fleet { services clustersSynced } }',
      );
    let previous = -1;
    const settled = await waitForHub(
      async () => {
        const answer = await read();
        const stable = answer.fleet.services === previous;
        previous = answer.fleet.services;
        return { ...answer.fleet, stable };
      },
      (fleet) =>
        fleet.clustersSynced === clusters && fleet.services >= totalServices && fleet.stable,
      { timeoutMs: 150_000, intervalMs: 2_000 },
    );
    total = settled.services;
  }, 300_000);

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

  it(
    'loads every page of services and keeps only the rows in view in the DOM',
    async () => {
      const started = Date.now();
      await page.goto(new URL('/services', hub!.url).toString());
      // The first page's rows show while the rest load.
      await page.locator('.vt-spacer > .vt-row').first().waitFor({ timeout: 45_000 });
      const firstRowsMs = Date.now() - started;
      await services.summary().waitFor({ timeout: 60_000 });
      const loadMs = Date.now() - started;
      expect(await services.summary().innerText()).toBe(
        `${total.toLocaleString('en')} services in ${clusters} clusters`,
      );
      const rendered = await services.renderedRowCount();
      console.log(
        `[scale] ${total} services: first rows after ${firstRowsMs} ms, all ${Math.ceil(total / 1000)} pages in and rendered after ${loadMs} ms, ${rendered} rows in the DOM`,
      );
      // Smooth at this size means windowed: a few dozen rows in the DOM, never all of them. (Times are
      // printed for people; a shared CI machine is no place to assert them.)
      expect(rendered).toBeLessThan(60);
    },
    testTimeoutMs,
  );

  it(
    'scrolls the whole list with only a window of rows in the DOM, filters and sorts',
    async () => {
      await services.open();
      // A wheel (1 row a frame), a fast wheel (5) and a flick through the whole list in 250 frames.
      for (const rowsPerStep of [1, 5, Math.ceil(total / 250)]) {
        const frames = await scrollFrameTimes(page, 250, rowsPerStep);
        const p50 = percentile(frames, 0.5);
        console.log(
          `[scale] scroll ${rowsPerStep} rows a frame: p50 ${p50.toFixed(1)} ms, p95 ${percentile(frames, 0.95).toFixed(1)} ms, max ${Math.max(...frames).toFixed(1)} ms`,
        );
        expect(frames).toHaveLength(250);
        expect(await services.renderedRowCount()).toBeLessThan(60);
      }
      await page.locator('.vt-body').evaluate((body) => {
        body.scrollTop = body.scrollHeight;
      });
      await page.waitForTimeout(100);
      const lastRow = await page
        .locator('.vt-spacer > .vt-row')
        .last()
        .getAttribute('aria-rowindex');
      expect(Number(lastRow)).toBe(total + 1);
      expect(await services.renderedRowCount()).toBeLessThan(60);

      const filterStarted = Date.now();
      await services.filter('accounts');
      await services.shown().waitFor();
      const filterMs = Date.now() - filterStarted;
      expect(await services.shown().innerText()).toMatch(/^Showing [1-9][\d,]* of /);

      const sortStarted = Date.now();
      await page.getByRole('button', { name: /^Workloads/ }).click();
      await page.waitForURL((url) => url.searchParams.get('sort') === 'workloads');
      await page.locator('[aria-sort="ascending"]').waitFor();
      const sortMs = Date.now() - sortStarted;
      console.log(
        `[scale] filter to "${await services.shown().innerText()}" in ${filterMs} ms (typing + 150 ms URL delay); sort in ${sortMs} ms`,
      );
      expect(await page.locator('[aria-sort="ascending"]').innerText()).toMatch(/^workloads/i);
    },
    testTimeoutMs,
  );
});
