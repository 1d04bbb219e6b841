import { type Locator, type Page } from 'playwright-core';

// The table's fixed row height (serviceRowHeight in the web app): row i starts at i * 36 px.
const rowHeightPx = 36;

/** The Services page: the windowed table, its filters, and the detail panel beside it. */
export class ServicesPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  /** Opens `path` (default the Services page) and waits until every page of services is in. */
  async open(path = '/services'): Promise<void> {
    await this.page.goto(new URL(path, this.baseUrl).toString());
    await this.summary().waitFor({ timeout: 20_000 });
  }

  url(): URL {
    return new URL(this.page.url());
  }

  /** "27 services in 5 clusters". */
  summary(): Locator {
    return this.page.getByTestId('services-summary');
  }

  /** "Showing 6 of 27" while a filter is on. */
  shown(): Locator {
    return this.page.getByTestId('services-shown');
  }

  body(): Locator {
    return this.page.locator('.vt-body');
  }

  row(serviceId: string): Locator {
    return this.page.locator(`.vt-row[data-row-key="${serviceId}"]`);
  }

  /** How many rows are in the DOM right now (the table renders only those in view). */
  async renderedRowCount(): Promise<number> {
    return this.page.locator('.vt-spacer > .vt-row').count();
  }

  /** The ids of all rows in table order, scrolling the window through the whole list. */
  async allServiceIds(): Promise<string[]> {
    return this.body().evaluate(async (body) => {
      const seen = new Map<string, number>();
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
      body.scrollTop = 0;
      for (;;) {
        await frame();
        await frame();
        for (const row of body.querySelectorAll<HTMLElement>('.vt-spacer > .vt-row')) {
          seen.set(row.dataset.rowKey ?? '', Number(row.getAttribute('aria-rowindex')));
        }
        if (body.scrollTop + body.clientHeight >= body.scrollHeight - 1) break;
        body.scrollTop += body.clientHeight;
      }
      body.scrollTop = 0;
      return [...seen.entries()].sort((a, b) => a[1] - b[1]).map(([id]) => id);
    });
  }

  /** Scrolls the row into the window (it may not be rendered yet) and waits for it. */
  async revealRow(serviceId: string, timeoutMs = 10_000): Promise<Locator> {
    const ids = await this.allServiceIds();
    const index = ids.indexOf(serviceId);
    if (index >= 0) {
      await this.body().evaluate((body, top) => {
        body.scrollTop = top;
      }, index * rowHeightPx);
    }
    const row = this.row(serviceId);
    await row.waitFor({ timeout: timeoutMs });
    return row;
  }

  async filter(text: string): Promise<void> {
    await this.page.locator('body').press('/');
    await this.page.keyboard.type(text);
    await this.page.waitForURL((url) => url.searchParams.get('q') === text, { timeout: 5_000 });
  }

  async selectFilter(label: 'Cluster' | 'Namespace' | 'Mesh', value: string): Promise<void> {
    await this.page.getByLabel(label, { exact: true }).selectOption(value);
  }

  detail(): Locator {
    return this.page.locator('aside.service-detail');
  }

  async workloadNames(): Promise<string[]> {
    return this.detail()
      .locator('[data-workload]')
      .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.workload ?? ''));
  }

  workload(name: string): Locator {
    return this.detail().locator(`[data-workload="${name}"]`);
  }

  async policyNames(): Promise<string[]> {
    return this.detail()
      .locator('[data-policy]')
      .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.policy ?? ''));
  }

  otherCluster(cluster: string): Locator {
    return this.detail().locator(`[data-cluster="${cluster}"] a`);
  }

  freshness(): Locator {
    return this.page.locator('.freshness-note');
  }
}
