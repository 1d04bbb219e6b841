import { type Locator, type Page } from 'playwright-core';

/** The Overview as a user sees it: what needs attention, the totals, meshes by kind, per-X counts. */
export class OverviewPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  /** Opens `path` (default the Overview) and waits for the first answer from the hub. */
  async open(path = '/overview'): Promise<void> {
    await this.page.goto(new URL(path, this.baseUrl).toString());
    await this.page.getByRole('heading', { name: 'Needs attention' }).waitFor();
  }

  url(): URL {
    return new URL(this.page.url());
  }

  /** Waits until the "n of m clusters synced" line is gone: the counts are complete. */
  async waitForSynced(timeoutMs = 30_000): Promise<void> {
    await this.page.getByTestId('sync-progress').waitFor({ state: 'detached', timeout: timeoutMs });
  }

  /** The kinds listed under "Meshes by kind and version", e.g. ['ISTIO', 'LINKERD']. */
  async meshKinds(): Promise<string[]> {
    return this.page
      .getByTestId('mesh-kinds')
      .locator('li[data-mesh-kind]')
      .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.meshKind ?? ''));
  }

  /** The ids of the meshes in the "Per mesh" table. */
  async meshIds(): Promise<string[]> {
    return this.page
      .getByTestId('per-mesh')
      .locator('tr[data-mesh-id]')
      .evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.meshId ?? ''));
  }

  statNumber(card: 'clusters' | 'meshes'): Locator {
    return this.page.getByTestId(`stat-${card}`).locator('.stat-number');
  }

  /** The services count of one cluster in the "Per cluster" table (a link to the filtered list). */
  servicesCountOf(cluster: string): Locator {
    return this.page
      .getByTestId('per-cluster')
      .locator(`tr[data-cluster-name="${cluster}"] [data-column="services"] a`);
  }

  /** "8 certificates" above the expiry classes, once the hub's summary has arrived. */
  certificateTotal(): Locator {
    return this.page.getByTestId('certificate-total');
  }

  /** The count shown per expiry class, e.g. { EXPIRED: 1, CRITICAL: 1, WARNING: 1, OK: 5 }. */
  async certificateClassCounts(): Promise<Record<string, number>> {
    const entries = await this.page
      .getByTestId('certificate-classes')
      .locator('li[data-expiry-class]')
      .evaluateAll((items) =>
        items.map((item) => [
          (item as HTMLElement).dataset.expiryClass ?? '',
          (item.querySelector('a')?.textContent ?? '').replace(/[^0-9]/g, ''),
        ]),
      );
    return Object.fromEntries(entries.map(([name, count]) => [name, Number(count)]));
  }

  /** The link of one expiry class's count, to the Certificates page filtered to it. */
  certificateClassLink(expiryClass: string): Locator {
    return this.page
      .getByTestId('certificate-classes')
      .locator(`li[data-expiry-class="${expiryClass}"] a`);
  }

  certificateFindings(): Locator {
    return this.page.getByTestId('certificate-findings');
  }

  attentionList(): Locator {
    return this.page.getByTestId('attention-list');
  }

  allClear(): Locator {
    return this.page.getByTestId('all-clear');
  }
}
