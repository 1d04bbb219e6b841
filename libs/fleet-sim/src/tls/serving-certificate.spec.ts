import { X509Certificate } from 'node:crypto';
import { createServingCertificate } from './serving-certificate';

describe('createServingCertificate', () => {
  it('issues a leaf for 127.0.0.1 and localhost signed by a per-cluster CA', async () => {
    const a = await createServingCertificate('a', '127.0.0.1');
    const b = await createServingCertificate('b', '127.0.0.1');
    const ca = new X509Certificate(a.caPem);
    const leaf = new X509Certificate(a.certPem);
    expect(ca.ca).toBe(true);
    expect(leaf.ca).toBe(false);
    expect(leaf.verify(ca.publicKey)).toBe(true);
    expect(leaf.verify(new X509Certificate(b.caPem).publicKey)).toBe(false);
    expect(leaf.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(leaf.checkHost('localhost')).toBe('localhost');
    expect(a.keyPem).toMatch(/^-----BEGIN PRIVATE KEY-----/);
  });
});
