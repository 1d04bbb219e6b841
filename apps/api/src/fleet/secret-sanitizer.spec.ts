import type { KubeObject } from '@meshwork/adapters-core';
import { sanitizeSecret } from './secret-sanitizer';

const b64 = (text: string) => Buffer.from(text).toString('base64');
const CERT = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
const KEY = '-----BEGIN EC PRIVATE KEY-----\nMHcC\n-----END EC PRIVATE KEY-----\n';

describe('sanitizeSecret', () => {
  it('drops every key field of the mesh CA Secrets and keeps the certificates', () => {
    const secret = {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: {
        name: 'cacerts',
        namespace: 'istio-system',
        annotations: {
          'kubectl.kubernetes.io/last-applied-configuration': `{"data":{"ca-key.pem":"${b64(KEY)}"}}`,
        },
      },
      type: 'Opaque',
      data: {
        'ca-cert.pem': b64(CERT),
        'ca-key.pem': b64(KEY),
        'root-cert.pem': b64(CERT),
        'tls.key': b64(KEY),
        'key.pem': b64(KEY),
        'crt.pem': b64(CERT),
        'sneaky.pem': b64(CERT + KEY),
      },
    } as unknown as KubeObject;
    const clean = sanitizeSecret(secret) as unknown as { data: Record<string, string> };
    expect(Object.keys(clean.data).sort()).toEqual(['ca-cert.pem', 'crt.pem', 'root-cert.pem']);
    expect(JSON.stringify(clean)).not.toMatch(/PRIVATE KEY|last-applied/);
    const decoded = Object.values(clean.data).map((v) => Buffer.from(v, 'base64').toString());
    expect(decoded.join('')).not.toContain('PRIVATE KEY');
  });
});
