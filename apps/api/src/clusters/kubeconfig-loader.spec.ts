import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadClusterTargets } from './kubeconfig-loader';

const dir = mkdtempSync(join(tmpdir(), 'meshwork-kubeconfig-'));

function kubeconfigFile(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const twoContexts = `
apiVersion: v1
kind: Config
clusters:
  - name: east
    cluster: { server: 'https://127.0.0.1:6443', certificate-authority: ca/east.crt }
  - name: west
    cluster: { server: 'https://127.0.0.1:6444' }
users:
  - name: admin
    user: { token: secret-token }
contexts:
  - name: east
    context: { cluster: east, user: admin }
  - name: west
    context: { cluster: west, user: admin }
  - name: ghost-cluster
    context: { cluster: nowhere, user: admin }
  - name: ghost-user
    context: { cluster: east, user: nobody }
current-context: east
`;

describe('loadClusterTargets', () => {
  it('returns one target per context, scoped to that context', () => {
    const file = kubeconfigFile('fleet.yaml', twoContexts);
    const targets = loadClusterTargets([file]);
    expect(targets.map((t) => t.name)).toEqual(['east', 'west', 'ghost-cluster', 'ghost-user']);
    const west = targets[1];
    expect(west?.server).toBe('https://127.0.0.1:6444');
    expect(west?.kubeConfig?.getContexts().map((c) => c.name)).toEqual(['west']);
    expect(west?.configError).toBeUndefined();
  });

  it('resolves relative certificate paths against the kubeconfig file, as kubectl does', () => {
    const [east] = loadClusterTargets([kubeconfigFile('paths.yaml', twoContexts)], ['east']);
    expect(east?.kubeConfig?.getCurrentCluster()?.caFile).toBe(join(dir, 'ca', 'east.crt'));
  });

  it('reports a context with a missing cluster or user on that cluster instead of failing', () => {
    const targets = loadClusterTargets(
      [kubeconfigFile('ghosts.yaml', twoContexts)],
      ['ghost-cluster', 'ghost-user'],
    );
    expect(targets[0]?.configError).toMatch(
      /context "ghost-cluster" refers to cluster "nowhere", which is missing/,
    );
    expect(targets[1]?.configError).toMatch(
      /context "ghost-user" refers to user "nobody", which is missing/,
    );
    expect(targets[0]?.kubeConfig).toBeUndefined();
  });

  it('keeps only the contexts asked for, and names any that do not exist', () => {
    const file = kubeconfigFile('subset.yaml', twoContexts);
    expect(loadClusterTargets([file], ['west']).map((t) => t.name)).toEqual(['west']);
    expect(() => loadClusterTargets([file], ['west', 'moon'])).toThrow(
      /context\(s\) "moon" not found/,
    );
  });

  it('lets the first file win when two files define the same context', () => {
    const other = kubeconfigFile(
      'other.yaml',
      twoContexts.replace("server: 'https://127.0.0.1:6444'", "server: 'https://10.0.0.9:443'"),
    );
    const first = kubeconfigFile('first.yaml', twoContexts);
    const [west] = loadClusterTargets([first, other], ['west']);
    expect(west?.server).toBe('https://127.0.0.1:6444');
  });

  it('stops with one line naming the file when it is not valid YAML', () => {
    const file = kubeconfigFile('broken.yaml', 'clusters: [\n  - name: east\n');
    expect(() => loadClusterTargets([file])).toThrow(
      new RegExp(`^kubeconfig ${file} is not valid YAML: [^\\n]+$`),
    );
  });

  it('stops with one line naming the file when it cannot be read or has no contexts', () => {
    expect(() => loadClusterTargets([join(dir, 'missing.yaml')])).toThrow(
      /cannot read kubeconfig .*missing.yaml: ENOENT/,
    );
    expect(() =>
      loadClusterTargets([kubeconfigFile('empty.yaml', 'apiVersion: v1\nkind: Config\n')]),
    ).toThrow(/has no usable contexts/);
    expect(() => loadClusterTargets([kubeconfigFile('scalar.yaml', 'just text')])).toThrow(
      /is not a kubeconfig/,
    );
  });
});
