/**
 * P4: the Topology page at fleet scale in headless Chromium with software rendering.
 *   - draw: from the topology answer's arrival in the page (its resource timing, responseEnd) to
 *     the first frame cytoscape drew with it (the page's probe, window.__meshworkTopology);
 *   - pan: frames per second while the camera pans programmatically (probe.panBy each animation
 *     frame for ~3 s), counted two ways: animation frames, and frames cytoscape actually redrew;
 *   - the same with every node drawn (no detail levels), to show what the detail levels buy.
 * Graphs: 1,000 nodes / 3,000 edges and 5,000 nodes / 15,000 edges, with cluster and namespace boxes.
 *
 * Run: npx node -r ./scripts/register-ts.cjs tests/bench/p4-topology-render.ts [runs=5]
 * Builds the web app into a temporary directory first (P4_WEB_ROOT=<dir> reuses a build, e.g.
 * dist/apps/web). The page is served by a fake hub (p4-fake-hub.ts) answering from a generated
 * topology, so the numbers are the browser's alone.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type CDPSession, chromium, type Page } from 'playwright-core';
import { type FakeHub, startFakeHub } from './p4-fake-hub';
import { type FakeFleetShape, fleet1k, fleet5k, generateTopology } from './p4-fake-topology';
import './p4-topology-probe';

const REPO = join(__dirname, '..', '..');
const runs = Number(process.argv[2] ?? 5);
const panSeconds = 3;
const viewport = { width: 1280, height: 800 };
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

interface DrawSample {
  /** Answer's responseEnd → frame drawn. */
  drawMs: number;
  /** Answer parsed by the client → frame drawn. */
  fromParsedMs: number;
  layoutMs: number;
  /** The steps between: answer → parsed, parsed → laid out, laid out → in cytoscape, → drawn. */
  steps: [number, number, number, number];
  /** Navigation start → frame drawn. */
  fromNavigationMs: number;
  drawnElements: number;
}

interface PanSample {
  rafFps: number;
  renderFps: number;
  /** Renderer main-thread CPU time per cytoscape redraw while panning. */
  cpuMsPerRedraw: number;
  drawnElements: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

function webRoot(): string {
  const given = process.env.P4_WEB_ROOT;
  if (given) {
    if (!existsSync(join(given, 'index.html')))
      throw new Error(`P4_WEB_ROOT=${given} holds no index.html`);
    return given;
  }
  const outDir = join(tmpdir(), 'meshwork-p4-web');
  mkdirSync(outDir, { recursive: true });
  console.log(`building the web app into ${outDir} …`);
  execFileSync(
    process.execPath,
    [
      join(REPO, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--config',
      'apps/web/vite.config.ts',
      '--logLevel',
      'error',
      '--outDir',
      outDir,
      '--emptyOutDir',
    ],
    { cwd: REPO, stdio: 'inherit' },
  );
  return outDir;
}

async function openAndMeasureDraw(page: Page, url: string): Promise<DrawSample> {
  await page.goto(url);
  await page.waitForFunction(() => (window.__meshworkTopology?.draws.length ?? 0) > 0, undefined, {
    timeout: 60_000,
  });
  return page.evaluate(() => {
    const draw = window.__meshworkTopology!.draws[0]!;
    // The topology answer is the largest /graphql response of the page.
    const answers = performance
      .getEntriesByType('resource')
      .filter((entry): entry is PerformanceResourceTiming => entry.name.includes('/graphql'))
      .sort((a, b) => b.encodedBodySize - a.encodedBodySize);
    const arrived = answers[0]?.responseEnd ?? draw.dataArrivedAt;
    return {
      drawMs: draw.drawnAt - arrived,
      fromParsedMs: draw.drawnAt - draw.dataArrivedAt,
      layoutMs: draw.layoutMs,
      steps: [
        draw.dataArrivedAt - arrived,
        draw.layoutDoneAt - draw.dataArrivedAt,
        draw.sceneAppliedAt - draw.layoutDoneAt,
        draw.drawnAt - draw.sceneAppliedAt,
      ] as [number, number, number, number],
      fromNavigationMs: draw.drawnAt,
      drawnElements: draw.drawnElements,
    };
  });
}

/**
 * Pans 8 px per animation frame, turning every 90 frames so the graph stays on screen. Besides the
 * frame rates, reads the renderer main thread's CPU time (CDP Performance.ThreadTime): on a shared,
 * overloaded machine wall-clock fps understates the page, and CPU ms per redraw says what one
 * free core would give.
 */
async function measurePan(page: Page, cdp: CDPSession): Promise<PanSample> {
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 400)));
  const before = await threadTime(cdp);
  const sample = await page.evaluate(async (seconds) => {
    const probe = window.__meshworkTopology!;
    const rendersBefore = probe.renderCount();
    const started = performance.now();
    let frames = 0;
    await new Promise<void>((resolve) => {
      const step = () => {
        frames += 1;
        const direction = Math.floor(frames / 90) % 2 === 0 ? 1 : -1;
        probe.panBy(8 * direction, 3 * direction);
        if (performance.now() - started < seconds * 1000) requestAnimationFrame(step);
        else resolve();
      };
      requestAnimationFrame(step);
    });
    const elapsed = (performance.now() - started) / 1000;
    const counts = probe.counts();
    return {
      rafFps: frames / elapsed,
      renders: probe.renderCount() - rendersBefore,
      renderFps: (probe.renderCount() - rendersBefore) / elapsed,
      drawnElements: counts.nodes + counts.edges + counts.summaries + counts.openNamespaces,
    };
  }, panSeconds);
  const cpuMs = (await threadTime(cdp)) - before;
  return { ...sample, cpuMsPerRedraw: cpuMs / Math.max(1, sample.renders) };
}

async function threadTime(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((metric) => metric.name === 'ThreadTime')?.value ?? NaN) * 1000;
}

async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 600)));
}

interface SizeResult {
  label: string;
  /** 1-minute load average before and after, on this many cores: the machine may be shared. */
  load: [number, number];
  draw: DrawSample[];
  panFit: PanSample[];
  panZoomed: PanSample[];
  everythingDrawMs: number[];
  panEverything: PanSample[];
}

async function benchSize(
  browser: Browser,
  root: string,
  label: string,
  shape: FakeFleetShape,
): Promise<SizeResult> {
  const topology = generateTopology(shape);
  const hub: FakeHub = await startFakeHub(topology, root);
  const result: SizeResult = {
    label,
    load: [loadavg()[0]!, 0],
    draw: [],
    panFit: [],
    panZoomed: [],
    everythingDrawMs: [],
    panEverything: [],
  };
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      // Paused: no refresh lands in the middle of a measurement.
      result.draw.push(await openAndMeasureDraw(page, `${hub.url}/topology?paused=1`));
      result.panFit.push(await measurePan(page, cdp));
      await page.evaluate(() => {
        window.__meshworkTopology!.fit();
        window.__meshworkTopology!.zoomTo(0.5);
      });
      await settle(page);
      result.panZoomed.push(await measurePan(page, cdp));
      await page.evaluate(() => window.__meshworkTopology!.fit());
      await settle(page);
      result.everythingDrawMs.push(
        await page.evaluate(() => window.__meshworkTopology!.drawEverything(true)),
      );
      result.panEverything.push(await measurePan(page, cdp));
      if (run === 0) {
        const shots = join(REPO, 'tmp', 'p4');
        mkdirSync(shots, { recursive: true });
        await page.evaluate(() => window.__meshworkTopology!.drawEverything(false));
        await page.evaluate(() => window.__meshworkTopology!.fit());
        await settle(page);
        await page.screenshot({ path: join(shots, `${label}-fit.png`) });
        await page.evaluate(() => window.__meshworkTopology!.zoomTo(0.5));
        await settle(page);
        await page.screenshot({ path: join(shots, `${label}-zoomed.png`) });
      }
      await context.close();
    }
  } finally {
    await hub.stop();
  }
  result.load[1] = loadavg()[0]!;
  return result;
}

function report(result: SizeResult): void {
  const m = (values: number[]) => median(values).toFixed(0);
  const f = (values: number[]) => median(values).toFixed(1);
  console.log(
    `\n${result.label} (${runs} runs, medians; load average ${result.load[0].toFixed(1)} → ${result.load[1].toFixed(1)} on ${cpus().length} cores)`,
  );
  console.log(
    `  data → drawn (answer received → first frame)   ${m(result.draw.map((s) => s.drawMs))} ms  [runs: ${result.draw.map((s) => s.drawMs.toFixed(0)).join(', ')}]`,
  );
  console.log(
    `    of which layout in the worker                ${m(result.draw.map((s) => s.layoutMs))} ms`,
  );
  const step = (i: number) => m(result.draw.map((s) => s.steps[i]!));
  console.log(
    `    steps: parse ${step(0)} ms, index + layout ${step(1)} ms, scene ${step(2)} ms, first frame ${step(3)} ms`,
  );
  console.log(
    `  page open → drawn                              ${m(result.draw.map((s) => s.fromNavigationMs))} ms`,
  );
  console.log(
    `  elements drawn at fit (levels of detail)       ${m(result.draw.map((s) => s.drawnElements))}`,
  );
  const pan = (name: string, samples: PanSample[]) =>
    console.log(
      `  ${name.padEnd(16)} ${f(samples.map((s) => s.renderFps))} fps redrawn (${f(samples.map((s) => s.rafFps))} animation frames); ` +
        `${f(samples.map((s) => s.cpuMsPerRedraw))} ms main-thread CPU per redraw; ${m(samples.map((s) => s.drawnElements))} elements`,
    );
  pan('pan at fit', result.panFit);
  pan('pan at zoom 0.5', result.panZoomed);
  console.log(
    `  everything drawn (no detail levels): redraw took ${m(result.everythingDrawMs)} ms`,
  );
  pan('  and pan', result.panEverything);
}

async function main(): Promise<void> {
  const root = webRoot();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: chromiumArgs,
    timeout: 30_000,
  });
  try {
    console.log(
      `P4 topology render: Chromium headless, --disable-gpu (software), viewport ${viewport.width}x${viewport.height}`,
    );
    const results = [
      await benchSize(browser, root, '1k nodes / 3k edges', fleet1k),
      await benchSize(browser, root, '5k nodes / 15k edges', fleet5k),
    ];
    results.forEach(report);
    console.log('\ngoal (5k): data → drawn ≤ 3000 ms, pan ≥ 20 fps');
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
