import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type Locator, type Page } from 'playwright-core';
import { OverviewPage } from './pages/overview.page';
import { browserSession } from './support/browser-session';
import { queryHub, waitForHub } from './support/hub-graphql';

interface SummaryAnswer {
  certificateSummary: {
    total: number;
    expired: number;
    critical: number;
    warning: number;
    ok: number;
    findingErrors: number;
  };
}

const summaryQuery = `{ certificateSummary { total expired critical warning ok findingErrors } }`;

/** The Certificates page as a user sees it: rows in order, findings, filters, the detail panel. */
class CertificatesPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(path = '/certificates'): Promise<void> {
    await this.page.goto(new URL(path, this.baseUrl).toString());
    await this.page.getByTestId('certificates-summary').waitFor({ timeout: 30_000 });
  }

  url(): URL {
    return new URL(this.page.url());
  }

  rows(): Locator {
    return this.page.locator('tr[data-certificate-id]');
  }

  /** Until the demo fleet's certificates from every cluster are listed (discovery takes moments). */
  async waitForRows(count: number): Promise<void> {
    await this.page.waitForFunction(
      (n) => document.querySelectorAll('tr[data-certificate-id]').length >= n,
      count,
      { timeout: 30_000 },
    );
  }

  async classes(): Promise<string[]> {
    return this.rows().evaluateAll((rows) =>
      rows.map((row) => (row as HTMLElement).dataset.class ?? ''),
    );
  }

  async cellText(index: number, column: string): Promise<string> {
    return (await this.rows().nth(index).locator(`td.col-${column}`).innerText()).trim();
  }

  findings(kind: string): Locator {
    return this.page.locator(`.trust-findings li[data-kind="${kind}"]`);
  }

  classToggle(expiryClass: string): Locator {
    return this.page.locator(`button.class-toggle[data-class="${expiryClass}"]`);
  }

  select(label: string): Locator {
    return this.page.locator('label.select-filter', { hasText: label }).locator('select');
  }

  detail(): Locator {
    return this.page.locator('aside.certificate-detail');
  }

  timelineRows(): Locator {
    return this.page.locator('.certificate-timeline g.timeline-row');
  }

  async screenshot(path: string): Promise<void> {
    mkdirSync(dirname(path), { recursive: true });
    await this.page.screenshot({ path, fullPage: true });
  }
}

// The demo fleet: Istio east/west sharing a root (west's intermediate within 60 days), Linkerd north
// (issuer within 7 days, minted for another trust domain), Consul south, OSM central (root expired).
const demoCertificates = 8;
const testTimeoutMs = 60_000;
const screenshotPath = join(__dirname, 'screenshots', 'certificates.png');

describe('Certificates page against the hub on its demo fleet', () => {
  const session = browserSession();
  let page: Page;
  let certificates: CertificatesPage;

  beforeEach(() => {
    page = session.page;
    certificates = new CertificatesPage(page, session.hub.url);
  });

  it(
    'lists the expired certificate first, in red with its word, then the 7-day and 60-day ones',
    async () => {
      await certificates.open();
      await certificates.waitForRows(demoCertificates);

      const classes = await certificates.classes();
      expect(classes.slice(0, 3)).toEqual(['EXPIRED', 'CRITICAL', 'WARNING']);
      expect(classes.slice(3).every((c) => c === 'OK')).toBe(true);
      expect(await certificates.cellText(0, 'where')).toContain('central');
      expect(await certificates.cellText(0, 'expiry')).toMatch(/^Expired\s+expired 3 d ago/);
      expect(await certificates.cellText(1, 'where')).toContain('north');
      expect(await certificates.cellText(1, 'role')).toBe('Issuer');
      expect(await certificates.cellText(2, 'where')).toContain('west');

      const badge = certificates.rows().first().locator('.state-badge');
      expect(await badge.getAttribute('data-state')).toBe('EXPIRED');
      expect(await badge.locator('svg').count()).toBe(1);
      const [badgeColour, failing] = await badge.evaluate((el) => [
        getComputedStyle(el).color,
        getComputedStyle(document.documentElement).getPropertyValue('--state-failing').trim(),
      ]);
      const probe = await page.evaluate((c) => {
        const span = document.createElement('span');
        span.style.color = c;
        document.body.append(span);
        const colour = getComputedStyle(span).color;
        span.remove();
        return colour;
      }, failing);
      expect(badgeColour).toBe(probe);

      await certificates.screenshot(screenshotPath);
    },
    testTimeoutMs,
  );

  it(
    'puts the trust findings on top: the shared Istio root and the Linkerd trust-domain mismatch',
    async () => {
      await certificates.open();
      await certificates.waitForRows(demoCertificates);
      await expect(certificates.findings('SHARED_ROOT').innerText()).resolves.toMatch(
        /east\/istio and west\/istio/,
      );
      const mismatch = certificates.findings('TRUST_DOMAIN_MISMATCH');
      expect(await mismatch.getAttribute('data-severity')).toBe('ERROR');
      expect(await mismatch.innerText()).toContain('north.local');
      // Findings come before the timeline and the table.
      const order = await page.evaluate(() =>
        ['.trust-findings', '.certificate-timeline', '.certificates-table'].map(
          (s) => document.querySelector(s)!.getBoundingClientRect().top,
        ),
      );
      expect([...order].sort((a, b) => a - b)).toEqual(order);
    },
    testTimeoutMs,
  );

  it(
    'keeps class, mesh and cluster filters in the URL, so a reload shows the same rows',
    async () => {
      await certificates.open();
      await certificates.waitForRows(demoCertificates);
      await certificates.classToggle('EXPIRED').click();
      await certificates.classToggle('CRITICAL').click();
      await page.waitForFunction(
        () => document.querySelectorAll('tr[data-certificate-id]').length === 2,
      );
      expect(certificates.url().searchParams.get('class')).toBe('EXPIRED,CRITICAL');

      await certificates.select('Cluster').selectOption('north');
      await page.waitForFunction(
        () => document.querySelectorAll('tr[data-certificate-id]').length === 1,
      );
      const url = certificates.url();
      await certificates.open(`${url.pathname}${url.search}`);
      await certificates.waitForRows(1);
      expect(await certificates.classes()).toEqual(['CRITICAL']);
      expect(await certificates.classToggle('CRITICAL').getAttribute('aria-pressed')).toBe('true');
      expect(await certificates.select('Cluster').inputValue()).toBe('north');

      await certificates.open('/certificates?mesh=west%2Fistio-system%2FMesh%2Fistio');
      await certificates.waitForRows(2);
      expect(await certificates.rows().count()).toBe(2);
      expect(await certificates.cellText(0, 'where')).toContain('west');
    },
    testTimeoutMs,
  );

  it(
    'draws one timeline row per cluster and mesh with a mark per certificate and a now line',
    async () => {
      await certificates.open();
      await certificates.waitForRows(demoCertificates);
      const rows = await certificates
        .timelineRows()
        .evaluateAll((gs) => gs.map((g) => (g as SVGGElement).dataset.row ?? ''));
      expect(rows[0]).toBe('central / osm');
      expect(rows).toEqual(
        expect.arrayContaining(['north / linkerd', 'west / istio', 'east / istio']),
      );
      expect(await page.locator('.certificate-timeline .timeline-mark').count()).toBe(
        demoCertificates,
      );
      expect(await page.locator('.timeline-now line').count()).toBe(1);
      await page.getByRole('button', { name: '10 years' }).click();
      expect(certificates.url().searchParams.get('span')).toBe('10y');
    },
    testTimeoutMs,
  );

  it(
    'counts certificates per expiry class on the Overview as the API does; Expired opens the filtered list',
    async () => {
      const { certificateSummary: summary } = await waitForHub(
        () => queryHub<SummaryAnswer>(session.hub.url, summaryQuery),
        (answer) => answer.certificateSummary.total >= demoCertificates,
      );
      expect(summary.expired).toBeGreaterThanOrEqual(1);
      expect(summary.critical).toBeGreaterThanOrEqual(1);

      const overview = new OverviewPage(page, session.hub.url);
      await overview.open();
      await overview
        .certificateTotal()
        .filter({ hasText: new RegExp(`^${summary.total} certificates$`) })
        .waitFor({ timeout: 20_000 });
      expect(await overview.certificateClassCounts()).toEqual({
        EXPIRED: summary.expired,
        CRITICAL: summary.critical,
        WARNING: summary.warning,
        OK: summary.ok,
      });
      const expired = overview.certificateClassLink('EXPIRED');
      expect(await expired.evaluate((a) => a.closest('li')!.className)).toBe('tone-failing');
      expect(await expired.evaluate((a) => a.closest('li')!.querySelector('svg') !== null)).toBe(
        true,
      );
      expect(await overview.certificateFindings().innerText()).toContain(
        `${summary.findingErrors} trust error`,
      );

      await expired.click();
      await certificates.waitForRows(summary.expired);
      expect(certificates.url().pathname).toBe('/certificates');
      expect(certificates.url().searchParams.get('class')).toBe('EXPIRED');
      expect(await certificates.classes()).toEqual(Array(summary.expired).fill('EXPIRED'));
      expect(await certificates.classToggle('EXPIRED').getAttribute('aria-pressed')).toBe('true');
    },
    testTimeoutMs,
  );

  it(
    'opens a certificate beside the list with its chain verified up to the root',
    async () => {
      await certificates.open('/certificates?cluster=north');
      await certificates.waitForRows(2);
      await certificates.rows().filter({ hasText: 'Issuer' }).locator('a.certificate-link').click();
      const detail = certificates.detail();
      await detail.locator('.certificate-chain li').nth(1).waitFor();
      expect(certificates.url().pathname).toMatch(
        /^\/certificates\/north%2Flinkerd%2FCertificate%2F/,
      );
      expect(certificates.url().searchParams.get('cluster')).toBe('north');
      const chain = await detail
        .locator('.certificate-chain li')
        .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.chainStatus));
      expect(chain).toEqual(['VALID', 'SELF_SIGNED']);
      expect(await detail.locator('.chain-verdict').innerText()).toMatch(
        /^Verified up to a self-signed root/,
      );
      expect(await detail.locator('.certificate-pem').innerText()).toMatch(
        /^-----BEGIN CERTIFICATE-----/,
      );
      expect(await detail.innerText()).not.toContain('PRIVATE KEY');
      await page.keyboard.press('Escape');
      await detail.waitFor({ state: 'detached' });
      expect(certificates.url().pathname).toBe('/certificates');
    },
    testTimeoutMs,
  );
});
