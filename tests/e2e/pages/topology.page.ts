import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { type Locator, type Page } from 'playwright-core';
import '../../bench/p4-topology-probe';

/** The Topology page as a user (and its probe, window.__meshworkTopology) sees it. */
export class TopologyPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  /** Opens `path` and waits until the graph has been drawn at least once. */
  async open(path = '/topology'): Promise<void> {
    await this.page.goto(new URL(path, this.baseUrl).toString());
    await this.waitForDraws(1);
  }

  url(): URL {
    return new URL(this.page.url());
  }

  async drawCount(): Promise<number> {
    return this.page.evaluate(() => window.__meshworkTopology?.draws.length ?? 0);
  }

  async waitForDraws(count: number, timeoutMs = 30_000): Promise<void> {
    await this.page.waitForFunction(
      (n) => (window.__meshworkTopology?.draws.length ?? 0) >= n,
      count,
      { timeout: timeoutMs },
    );
  }

  /** Ids of the service/workload/app nodes drawn (not boxes). */
  async drawnNodeIds(): Promise<string[]> {
    return this.page.evaluate(() =>
      window
        .__meshworkTopology!.drawnNodes()
        .filter((node) => node.classes.includes('topology-node'))
        .map((node) => node.id)
        .sort(),
    );
  }

  async drawnNodeClasses(id: string): Promise<string[]> {
    return this.page.evaluate(
      (nodeId) =>
        window.__meshworkTopology!.drawnNodes().find((node) => node.id === nodeId)?.classes ?? [],
      id,
    );
  }

  async drawnEdges(): Promise<
    Array<{ id: string; source: string; target: string; classes: string[] }>
  > {
    return this.page.evaluate(() => window.__meshworkTopology!.drawnEdges());
  }

  canvas(): Locator {
    return this.page.getByTestId('topology-canvas');
  }

  /** Clicks a drawn node where it is on screen, as a user would. */
  async clickNode(id: string): Promise<void> {
    const position = await this.page.evaluate(
      (nodeId) => window.__meshworkTopology!.screenPosition(nodeId),
      id,
    );
    if (!position) throw new Error(`${id} is not drawn`);
    const box = await this.canvas().boundingBox();
    if (!box) throw new Error('the graph canvas is not on screen');
    await this.page.mouse.click(box.x + position.x, box.y + position.y);
  }

  sidePanel(): Locator {
    return this.page.getByTestId('topology-side-panel');
  }

  async panelNodeId(): Promise<string | null> {
    return this.sidePanel().locator('[data-selection-type="node"]').getAttribute('data-node-id');
  }

  neighbours(direction: 'inbound' | 'outbound'): Locator {
    return this.sidePanel().locator(`[data-neighbours="${direction}"] [data-node-id]`);
  }

  expressionBox(name: 'Find' | 'Hide'): Locator {
    return this.page.getByRole('search', { name }).getByRole('searchbox');
  }

  /** Types an expression into Find or Hide and presses Enter; waits for the graph drawn with it. */
  async applyExpression(name: 'Find' | 'Hide', expression: string): Promise<void> {
    const before = await this.drawCount();
    const box = this.expressionBox(name);
    await box.fill(expression);
    await box.press('Enter');
    const param = name === 'Find' ? 'find' : 'hide';
    await this.page.waitForURL((url) => url.searchParams.get(param) === expression, {
      timeout: 5_000,
    });
    await this.waitForDraws(before + 1);
  }

  summary(): Locator {
    return this.page.getByTestId('topology-summary');
  }

  async screenshot(path: string): Promise<void> {
    mkdirSync(dirname(path), { recursive: true });
    await this.page.screenshot({ path });
  }
}
