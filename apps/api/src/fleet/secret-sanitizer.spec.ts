import type { KubeObject } from '@meshwork/adapters-core';
import { sanitizeSecret } from './secret-sanitizer';

const b64 = (text: string) => Buffer.from(text).toString('base64');
const CERT = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
const KEY = '-----BEGIN EC PRIVATE KEY-----\nMHcC\n-----END EC PRIVATE KEY-----\n';

const secretWith = (data: Record<string, string>, name = 'cacerts'): KubeObject =>
  ({
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name, namespace: 'istio-system' },
    type: 'Opaque',
    data,
  }) as unknown as KubeObject;

const dataOf = (secret: KubeObject) => (secret as unknown as { data: Record<string, string> }).data;

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
        'private.key': b64(KEY),
        'sneaky.pem': b64(CERT + KEY),
      },
    } as unknown as KubeObject;
    const clean = sanitizeSecret(secret);
    expect(Object.entries(dataOf(clean)).filter(([, v]) => v)).toEqual([
      ['ca-cert.pem', b64(CERT)],
      ['root-cert.pem', b64(CERT)],
      ['crt.pem', b64(CERT)],
    ]);
    expect(JSON.stringify(clean)).not.toMatch(/PRIVATE KEY|last-applied/);
    const decoded = Object.values(dataOf(clean)).map((v) => Buffer.from(v, 'base64').toString());
    expect(decoded.join('')).not.toContain('PRIVATE KEY');
  });

  it('empties kubeconfig values (remote secrets, Link credentials) but keeps their key names', () => {
    const kubeconfig = [
      'apiVersion: v1',
      'users:',
      '  - name: west',
      '    user:',
      `      client-key-data: ${b64(KEY)}`,
      '      token: eyJhbGciOiJSUzI1NiJ9.secret',
    ].join('\n');
    const clean = sanitizeSecret(secretWith({ west: b64(kubeconfig) }, 'istio-remote-secret-west'));
    expect(dataOf(clean)).toEqual({ west: '' });
    expect(JSON.stringify(clean)).not.toContain(b64(KEY).slice(0, 40));
  });

  it('empties opaque tokens, and certificates that come with a token-like text', () => {
    const withComment = b64(`# Issuer: CN=Root CA\n${CERT}\n${CERT}`);
    const clean = sanitizeSecret(
      secretWith({
        data: b64('eyJDQSI6bnVsbCwiU2VydmVyTmFtZSI6InNlcnZlciJ9'),
        'ca.crt': b64(`${CERT}token: eyJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.payload\n`),
        'bundle.pem': withComment,
      }),
    );
    expect(dataOf(clean)).toEqual({ data: '', 'ca.crt': '', 'bundle.pem': withComment });
  });
});
