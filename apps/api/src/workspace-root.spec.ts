import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findWorkspaceRoot } from './workspace-root';

describe('findWorkspaceRoot', () => {
  it('finds the folder holding nx.json from a folder nested below it', () => {
    const root = mkdtempSync(join(tmpdir(), 'meshwork-root-'));
    writeFileSync(join(root, 'nx.json'), '{}');
    const nested = join(root, 'dist', 'api', 'apps', 'api', 'src');
    mkdirSync(nested, { recursive: true });
    expect(findWorkspaceRoot(nested)).toBe(root);
    expect(findWorkspaceRoot(root)).toBe(root);
  });

  it('finds this repository from the API sources', () => {
    expect(findWorkspaceRoot(__dirname)).toBe(join(__dirname, '..', '..', '..'));
  });

  it('names the starting folder when no folder above it holds nx.json', () => {
    const lonely = mkdtempSync(join(tmpdir(), 'meshwork-no-root-'));
    expect(() => findWorkspaceRoot(lonely)).toThrow(`no nx.json in ${lonely} or above it`);
  });
});
