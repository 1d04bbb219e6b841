import { type Browser, type Page } from 'playwright-core';
import type { StartHubOptions } from '../../support/hub-process';
import { launchChromium } from './chromium';
import { startHub, type Hub } from './hub';

export interface BrowserSession {
  /** The hub of this file's tests, started once for them all. */
  readonly hub: Hub;
  /** This test's page, 1280 x 800: opened before each test, closed after it. */
  readonly page: Page;
  /** One more page in the same browser; the test closes it. */
  newPage(): Promise<Page>;
}

export interface BrowserSessionOptions {
  /** Where the hub runs; default its demo fleet. */
  hub?: StartHubOptions;
  /** Once the hub and Chromium are up, e.g. to wait until the hub has synced. */
  ready?: (hub: Hub) => Promise<void>;
  setupTimeoutMs?: number;
}

/**
 * The hooks every browser test file needs: one hub and one Chromium for the file, started together
 * (whichever started is stopped again, even when the other failed), and a fresh page for each test.
 * Call it inside `describe`; read `hub` and `page` inside hooks and tests.
 */
export function browserSession(options: BrowserSessionOptions = {}): BrowserSession {
  let hub: Hub | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  const newPage = () => {
    if (!browser)
      throw new Error('Chromium is not running: use the session inside hooks and tests');
    return browser.newPage({ viewport: { width: 1280, height: 800 } });
  };

  beforeAll(async () => {
    const [started, launched] = await Promise.allSettled([startHub(options.hub), launchChromium()]);
    if (started.status === 'fulfilled') hub = started.value;
    if (launched.status === 'fulfilled') browser = launched.value;
    if (started.status === 'rejected') throw started.reason;
    if (launched.status === 'rejected') throw launched.reason;
    await options.ready?.(started.value);
  }, options.setupTimeoutMs ?? 90_000);

  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  }, 30_000);

  beforeEach(async () => {
    page = await newPage();
  }, 30_000);

  afterEach(async () => {
    await page?.close();
    page = undefined;
  }, 30_000);

  return {
    get hub() {
      if (!hub) throw new Error('the hub is not running: use the session inside hooks and tests');
      return hub;
    },
    get page() {
      if (!page) throw new Error('no page: use the session inside tests and their hooks');
      return page;
    },
    newPage,
  };
}
