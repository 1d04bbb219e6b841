import { type Locator, type Page } from 'playwright-core';

/** The Meshes page: one row per mesh with its health, control planes and links. */
export class MeshesPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(path = '/meshes'): Promise<void> {
    await this.page.goto(new URL(path, this.baseUrl).toString());
    await this.page.getByTestId('meshes-summary').waitFor();
  }

  row(meshId: string): Locator {
    return this.page.locator(`tr[data-mesh-id="${meshId}"]`);
  }

  async meshIds(): Promise<string[]> {
    return this.page
      .locator('tr[data-mesh-id]')
      .evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.meshId ?? ''));
  }

  async healthOf(meshId: string): Promise<string | null> {
    return this.row(meshId)
      .locator('[data-column="health"] [data-state]')
      .getAttribute('data-state');
  }

  async linkedPeersOf(meshId: string): Promise<string[]> {
    return this.row(meshId)
      .locator('[data-peer]')
      .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.peer ?? ''));
  }
}
