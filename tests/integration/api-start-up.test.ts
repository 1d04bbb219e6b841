import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const REPO = join(__dirname, '..', '..');

/** Runs the hub's entry point as `npm start` does and returns how it ended. */
function startHub(env: Record<string, string>): { status: number | null; stderr: string } {
  const result = spawnSync(
    process.execPath,
    ['-r', join(REPO, 'scripts', 'register-ts.cjs'), join(REPO, 'apps', 'api', 'src', 'main.ts')],
    {
      env: { ...process.env, PORT: '0', MESHWORK_HOST: '127.0.0.1', ...env },
      encoding: 'utf8',
      timeout: 30_000,
    },
  );
  return { status: result.status, stderr: result.stderr };
}

describe('start-up with bad input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'meshwork-start-up-'));

  it('exits 2 with one line naming the kubeconfig file when it is not valid YAML', () => {
    const file = join(dir, 'broken-kubeconfig');
    writeFileSync(file, 'apiVersion: v1\nclusters: [\n  - name: east\n    cluster: {server: x\n');
    const { status, stderr } = startHub({ MESHWORK_KUBECONFIG: file });
    expect(status).toBe(2);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`kubeconfig ${file} is not valid YAML`);
  });

  it('exits 2 with one line naming the key when a setting is invalid', () => {
    const { status, stderr } = startHub({ PORT: 'http', MESHWORK_DEMO: 'never' });
    expect(status).toBe(2);
    expect(stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^meshwork: invalid configuration: PORT \(port\): /),
    ]);
  });
});
