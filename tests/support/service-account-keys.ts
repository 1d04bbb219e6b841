import { generateKeyPairSync } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ServiceAccountKeyFiles {
  readonly publicKeyPath: string;
  readonly privateKeyPath: string;
}

/**
 * Writes the key pair kube-apiserver signs (private) and verifies (public) service-account tokens
 * with. EC P-256 (ES256) is accepted by kube-apiserver and is made in microseconds, unlike RSA.
 */
export function writeServiceAccountKeys(dir: string): ServiceAccountKeyFiles {
  const { publicKey, privateKey } = generateKeyPairSync('ec', {
    namedCurve: 'prime256v1',
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'sec1', format: 'pem' },
  });
  const publicKeyPath = join(dir, 'sa.pub');
  const privateKeyPath = join(dir, 'sa.key');
  writeFileSync(publicKeyPath, publicKey);
  writeFileSync(privateKeyPath, privateKey, { mode: 0o600 });
  return { publicKeyPath, privateKeyPath };
}
