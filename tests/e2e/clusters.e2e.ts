import { join } from 'node:path';
import { type Page } from 'playwright-core';
import { ClustersPage } from './pages/clusters.page';
import { browserSession } from './support/browser-session';

const demoClusters = ['east', 'west', 'north'];
// Per test: a page load plus up to a few 5 s polls. (A project's testTimeout in jest.config.js is
// not applied to its tests, so each test says its own.)
const testTimeoutMs = 45_000;
const screenshotPath = join(__dirname, 'screenshots', 'clusters.png');

describe('Clusters page against the hub on its demo fleet', () => {
  const session = browserSession();
  let page: Page;
  let clusters: ClustersPage;

  beforeEach(() => {
    page = session.page;
    clusters = new ClustersPage(page, session.hub.url);
  });

  it(
    'shows only the clusters in the state an Overview link asks for',
    async () => {
      await clusters.open('/clusters?state=reachable');
      await clusters.waitForReachable(demoClusters);
      const shown = await clusters.clusterNames();
      expect(shown).toEqual(expect.arrayContaining(demoClusters));
      for (const name of shown) expect(await clusters.reachabilityOf(name)).toBe('REACHABLE');

      await clusters.open('/clusters?state=unreachable');
      expect(await clusters.clusterNames()).toEqual([]);
    },
    testTimeoutMs,
  );

  it(
    'lists the demo clusters as REACHABLE with their Kubernetes version',
    async () => {
      await clusters.open();
      await clusters.waitForReachable(demoClusters);

      expect(await clusters.clusterNames()).toEqual(expect.arrayContaining(demoClusters));
      for (const name of demoClusters) {
        expect(await clusters.reachabilityOf(name)).toBe('REACHABLE');
        expect(await clusters.kubernetesVersionOf(name)).toMatch(/^v1\.\d+\.\d+/);
      }
      const total = (await clusters.clusterNames()).length;
      expect(await clusters.summary()).toMatch(new RegExp(`^\\d+ of ${total} clusters reachable$`));

      await clusters.screenshot(screenshotPath);
    },
    testTimeoutMs,
  );

  it(
    'keeps the filter in the URL, so a reload or a shared link shows the same rows',
    async () => {
      await clusters.open();
      await clusters.filter('north');
      expect(await clusters.clusterNames()).toEqual(['north']);

      await clusters.open(`${clusters.url().pathname}${clusters.url().search}`);
      expect(await clusters.filterBox().inputValue()).toBe('north');
      expect(await clusters.clusterNames()).toEqual(['north']);
    },
    testTimeoutMs,
  );
});
