import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { type Locator, type Page } from 'playwright-core';

/** The Clusters page as a user sees it: rows by cluster name, the summary, the filter. */
export class ClustersPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  /** Opens `path` (default the Clusters page) and waits until the table shows the first answer. */
  async open(path = '/clusters'): Promise<void> {
    await this.page.goto(new URL(path, this.baseUrl).toString());
    await this.page.getByTestId('clusters-summary').waitFor();
  }

  url(): URL {
    return new URL(this.page.url());
  }

  row(name: string): Locator {
    return this.page.locator(`tr[data-cluster-name="${name}"]`);
  }

  async clusterNames(): Promise<string[]> {
    return this.page
      .locator('tr[data-cluster-name]')
      .evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.clusterName ?? ''));
  }

  async reachabilityOf(name: string): Promise<string | null> {
    return this.row(name).locator('[data-reachability]').getAttribute('data-reachability');
  }

  async kubernetesVersionOf(name: string): Promise<string> {
    return (await this.row(name).locator('[data-column="version"]').innerText()).trim();
  }

  /** Waits for clusters to turn REACHABLE; the page polls every 5 s, so allow a few rounds. */
  async waitForReachable(names: readonly string[], timeoutMs = 30_000): Promise<void> {
    for (const name of names) {
      await this.row(name)
        .locator('[data-reachability="REACHABLE"]')
        .waitFor({ timeout: timeoutMs });
    }
  }

  async summary(): Promise<string> {
    return (await this.page.getByTestId('clusters-summary').innerText()).trim();
  }

  filterBox(): Locator {
    return this.page.getByRole('searchbox', { name: 'Filter clusters' });
  }

  /** Types into the filter the way a user would: `/` to focus it, then the text. */
  async filter(text: string): Promise<void> {
    await this.page.locator('body').press('/');
    await this.page.keyboard.type(text);
    await this.page.waitForURL((url) => url.searchParams.get('q') === text, { timeout: 5_000 });
  }

  async screenshot(path: string): Promise<void> {
    mkdirSync(dirname(path), { recursive: true });
    await this.page.screenshot({ path });
  }
}
