import { parse } from 'yaml';
import { buildKubeconfig } from './kubeconfig';

describe('buildKubeconfig', () => {
  it('writes one context per cluster with embedded CA and token, the first as current', () => {
    const doc = parse(
      buildKubeconfig(
        [
          { name: 'a', server: 'https://127.0.0.1:1', caPem: 'PEM-A', token: 't-a' },
          { name: 'b', server: 'http://127.0.0.1:2', caPem: undefined, token: 't-b' },
        ],
        'admin',
      ),
    );
    expect(doc['current-context']).toBe('a');
    expect(doc.contexts).toEqual([
      { name: 'a', context: { cluster: 'a', user: 'a-admin' } },
      { name: 'b', context: { cluster: 'b', user: 'b-admin' } },
    ]);
    expect(doc.clusters[0].cluster['certificate-authority-data']).toBe(
      Buffer.from('PEM-A').toString('base64'),
    );
    expect(doc.clusters[1].cluster).toEqual({ server: 'http://127.0.0.1:2' });
    expect(doc.users[1]).toEqual({ name: 'b-admin', user: { token: 't-b' } });
  });
});
