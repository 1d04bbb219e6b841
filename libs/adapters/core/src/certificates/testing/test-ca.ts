// @peculiar/x509 resolves its algorithms through tsyringe, which needs the Reflect metadata API.
import 'reflect-metadata';
import { webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';

type CryptoKey = webcrypto.CryptoKey;
type CryptoKeyPair = webcrypto.CryptoKeyPair;
type KeyParams = webcrypto.EcKeyGenParams | webcrypto.RsaHashedKeyGenParams;
type SigningParams = webcrypto.Algorithm | webcrypto.EcdsaParams;
// @peculiar/x509 is typed against the DOM's Crypto; node's webcrypto is the same API.
type X509Crypto = Parameters<typeof x509.X509CertificateGenerator.create>[1];

const crypto = webcrypto;
const x509Crypto = webcrypto as unknown as X509Crypto;
const DAY_MS = 86_400_000;

export type TestKeyAlgorithm = 'ec-p256' | 'rsa-2048' | 'rsa-1024';

export interface TestCertificateSpec {
  /** Distinguished name, e.g. `O=Istio, CN=Root CA`. */
  subject: string;
  /** Validity relative to `now`: issued `daysAgo` days ago, expires in `daysLeft` days (negative: expired). */
  daysAgo?: number;
  daysLeft: number;
  now?: Date;
  /** false makes a leaf. */
  ca?: boolean;
  pathLength?: number;
  keyAlgorithm?: TestKeyAlgorithm;
  dnsNames?: string[];
  uris?: string[];
}

const KEY_PARAMS: Record<TestKeyAlgorithm, KeyParams> = {
  'ec-p256': { name: 'ECDSA', namedCurve: 'P-256' },
  'rsa-2048': {
    name: 'RSASSA-PKCS1-v1_5',
    modulusLength: 2048,
    publicExponent: new Uint8Array([1, 0, 1]),
    hash: 'SHA-256',
  },
  'rsa-1024': {
    name: 'RSASSA-PKCS1-v1_5',
    modulusLength: 1024,
    publicExponent: new Uint8Array([1, 0, 1]),
    hash: 'SHA-256',
  },
};

const signingFor = (algorithm: TestKeyAlgorithm): SigningParams =>
  algorithm === 'ec-p256'
    ? ({ name: 'ECDSA', hash: 'SHA-256' } as webcrypto.EcdsaParams)
    : { name: 'RSASSA-PKCS1-v1_5' };

/**
 * A throw-away CA for specs: certificates are made at test time, so no key is ever committed. The key
 * stays inside the object; `privateKeyPem()` exists only to build Secrets the way meshes store them,
 * so tests can prove the key never comes out the other end.
 */
export class TestCa {
  readonly #keys: CryptoKeyPair;

  private constructor(
    readonly certificate: x509.X509Certificate,
    readonly keyAlgorithm: TestKeyAlgorithm,
    keys: CryptoKeyPair,
  ) {
    this.#keys = keys;
  }

  /** A self-signed root. */
  static async root(spec: TestCertificateSpec): Promise<TestCa> {
    const algorithm = spec.keyAlgorithm ?? 'ec-p256';
    const keys = await generate(algorithm);
    const certificate = await x509.X509CertificateGenerator.createSelfSigned(
      {
        ...common(spec),
        name: spec.subject,
        signingAlgorithm: signingFor(algorithm),
        keys,
        extensions: await extensions(spec, keys.publicKey, keys.publicKey),
      },
      x509Crypto,
    );
    return new TestCa(certificate, algorithm, keys);
  }

  /** A certificate signed by this CA: a subordinate CA, or a leaf with `ca: false`. */
  async issue(spec: TestCertificateSpec): Promise<TestCa> {
    const algorithm = spec.keyAlgorithm ?? 'ec-p256';
    const keys = await generate(algorithm);
    const certificate = await x509.X509CertificateGenerator.create(
      {
        ...common(spec),
        subject: spec.subject,
        issuer: this.certificate.subject,
        signingAlgorithm: signingFor(this.keyAlgorithm),
        publicKey: keys.publicKey,
        signingKey: this.#keys.privateKey,
        extensions: await extensions(spec, keys.publicKey, this.#keys.publicKey),
      },
      x509Crypto,
    );
    return new TestCa(certificate, algorithm, keys);
  }

  get pem(): string {
    return `${this.certificate.toString('pem')}\n`;
  }

  async privateKeyPem(): Promise<string> {
    const der = await crypto.subtle.exportKey('pkcs8', this.#keys.privateKey);
    return `${x509.PemConverter.encode(der, 'PRIVATE KEY')}\n`;
  }

  toJSON(): object {
    return { subject: this.certificate.subject };
  }
}

async function generate(algorithm: TestKeyAlgorithm): Promise<CryptoKeyPair> {
  return (await crypto.subtle.generateKey(KEY_PARAMS[algorithm], true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
}

function common(spec: TestCertificateSpec) {
  const now = (spec.now ?? new Date()).getTime();
  const serial = crypto.getRandomValues(new Uint8Array(12));
  serial[0] = (serial[0] ?? 0) & 0x7f;
  return {
    serialNumber: Buffer.from(serial).toString('hex'),
    notBefore: new Date(now - (spec.daysAgo ?? 30) * DAY_MS),
    notAfter: new Date(now + spec.daysLeft * DAY_MS),
  };
}

async function extensions(
  spec: TestCertificateSpec,
  subjectKey: CryptoKey,
  issuerKey: CryptoKey,
): Promise<x509.Extension[]> {
  const ca = spec.ca ?? true;
  const list: x509.Extension[] = [
    new x509.BasicConstraintsExtension(ca, ca ? spec.pathLength : undefined, true),
    new x509.KeyUsagesExtension(
      ca
        ? x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign
        : x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment,
      true,
    ),
    await x509.SubjectKeyIdentifierExtension.create(subjectKey as never, false, x509Crypto),
    await x509.AuthorityKeyIdentifierExtension.create(issuerKey as never, false, x509Crypto),
  ];
  const names = [
    ...(spec.dnsNames ?? []).map((value) => ({ type: 'dns' as const, value })),
    ...(spec.uris ?? []).map((value) => ({ type: 'url' as const, value })),
  ];
  if (names.length) list.push(new x509.SubjectAlternativeNameExtension(names));
  return list;
}
