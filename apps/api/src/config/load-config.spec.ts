import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from './load-config';

const emptyHome = mkdtempSync(join(tmpdir(), 'meshwork-home-'));

function writeTemp(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'meshwork-config-')), name);
  writeFileSync(path, text);
  return path;
}

describe('loadConfig', () => {
  it('applies defaults when nothing is set', () => {
    const config = loadConfig({ env: {}, home: emptyHome });
    expect(config).toMatchObject({
      port: 4000,
      host: '127.0.0.1',
      kubeconfig: [],
      contexts: [],
      demo: 'auto',
      clusterTimeoutMs: 5000,
    });
  });

  it('reads PORT, contexts and the kubeconfig list from the environment', () => {
    const config = loadConfig({
      env: { PORT: '8080', MESHWORK_CONTEXTS: 'east, west', KUBECONFIG: '/a:/b' },
      home: emptyHome,
    });
    expect(config.port).toBe(8080);
    expect(config.contexts).toEqual(['east', 'west']);
    expect(config.kubeconfig).toEqual(['/a', '/b']);
  });

  it('prefers MESHWORK_KUBECONFIG over KUBECONFIG', () => {
    const config = loadConfig({
      env: { MESHWORK_KUBECONFIG: '/mine', KUBECONFIG: '/theirs' },
      home: emptyHome,
    });
    expect(config.kubeconfig).toEqual(['/mine']);
  });

  it('names the environment variable and the problem for a bad value', () => {
    expect(() => loadConfig({ env: { PORT: 'eighty' }, home: emptyHome })).toThrow(
      /^invalid configuration: PORT \(port\): .*number/,
    );
    expect(() =>
      loadConfig({ env: { MESHWORK_CLUSTER_TIMEOUT_MS: '5' }, home: emptyHome }),
    ).toThrow(/MESHWORK_CLUSTER_TIMEOUT_MS \(clusterTimeoutMs\)/);
  });

  it('reads the YAML file and lets the environment override it', () => {
    const file = writeTemp('meshwork.yaml', 'port: 5000\nclusterTimeoutMs: 2000\n');
    const config = loadConfig({ env: { MESHWORK_CONFIG: file, PORT: '6000' }, home: emptyHome });
    expect(config.port).toBe(6000);
    expect(config.clusterTimeoutMs).toBe(2000);
  });

  it('rejects an unknown key in the YAML file by name', () => {
    const file = writeTemp('meshwork.yaml', 'prot: 5000\n');
    expect(() => loadConfig({ env: { MESHWORK_CONFIG: file }, home: emptyHome })).toThrow(
      /invalid configuration: prot: /,
    );
  });

  it('names the file when the YAML does not parse', () => {
    const file = writeTemp('broken.yaml', 'port: [1, 2\n');
    expect(() => loadConfig({ env: { MESHWORK_CONFIG: file }, home: emptyHome })).toThrow(
      new RegExp(`MESHWORK_CONFIG: ${file} is not valid YAML`),
    );
  });
});
