// @peculiar/x509 resolves its algorithms through tsyringe, which needs the Reflect metadata API.
import 'reflect-metadata';
import { webcrypto } from 'node:crypto';
import { inspect } from 'node:util';
import * as x509 from '@peculiar/x509';

/** ECDSA P-256 is what Linkerd, Consul and Istio's tooling default to; OSM's tresor CA uses RSA 2048. */
export type CaKeyAlgorithm = 'ecdsa-p256' | 'rsa-2048';

export interface CaCertificateSpec {
  /** Distinguished name, e.g. `O=Istio, CN=Root CA`. */
  subject: string;
  notBefore: Date;
  notAfter: Date;
  /** basicConstraints pathLen; omitted means unlimited. */
  pathLength?: number;
  /** x509.KeyUsageFlags bits. */
  keyUsages: number;
  dnsNames?: string[];
  keyAlgorithm?: CaKeyAlgorithm;
}

const crypto = webcrypto as unknown as Crypto;

const KEY_PARAMS: Record<CaKeyAlgorithm, EcKeyGenParams | RsaHashedKeyGenParams> = {
  'ecdsa-p256': { name: 'ECDSA', namedCurve: 'P-256' },
  'rsa-2048': {
    name: 'RSASSA-PKCS1-v1_5',
    modulusLength: 2048,
    publicExponent: new Uint8Array([1, 0, 1]),
    hash: 'SHA-256',
  },
};

// The signature follows the issuer's key: ECDSA needs the hash named, RSA carries it in the key.
const SIGNING: Record<CaKeyAlgorithm, Algorithm | EcdsaParams> = {
  'ecdsa-p256': { name: 'ECDSA', hash: 'SHA-256' } as EcdsaParams,
  'rsa-2048': { name: 'RSASSA-PKCS1-v1_5' },
};

/**
 * A CA certificate and its private key. The key leaves this object only through `privateKeyPem()`,
 * which the Secret builders call; printing, inspecting or JSON-encoding the object shows public facts only.
 */
export class CaCertificate {
  readonly #privateKey: CryptoKey;
  readonly #privateKeyPem: string;

  private constructor(
    readonly certificate: x509.X509Certificate,
    readonly keyAlgorithm: CaKeyAlgorithm,
    privateKey: CryptoKey,
    privateKeyPem: string,
  ) {
    this.#privateKey = privateKey;
    this.#privateKeyPem = privateKeyPem;
  }

  static async selfSigned(spec: CaCertificateSpec): Promise<CaCertificate> {
    const algorithm = spec.keyAlgorithm ?? 'ecdsa-p256';
    const keys = await generateKeys(algorithm);
    const certificate = await x509.X509CertificateGenerator.createSelfSigned(
      {
        serialNumber: randomSerial(),
        name: spec.subject,
        notBefore: spec.notBefore,
        notAfter: spec.notAfter,
        signingAlgorithm: SIGNING[algorithm],
        keys,
        extensions: await caExtensions(spec, keys.publicKey, keys.publicKey),
      },
      crypto,
    );
    return new CaCertificate(certificate, algorithm, keys.privateKey, await pkcs8Pem(keys));
  }

  /** A subordinate CA signed by this one. */
  async issue(spec: CaCertificateSpec): Promise<CaCertificate> {
    const algorithm = spec.keyAlgorithm ?? 'ecdsa-p256';
    const keys = await generateKeys(algorithm);
    const certificate = await x509.X509CertificateGenerator.create(
      {
        serialNumber: randomSerial(),
        subject: spec.subject,
        issuer: this.certificate.subject,
        notBefore: spec.notBefore,
        notAfter: spec.notAfter,
        signingAlgorithm: SIGNING[this.keyAlgorithm],
        publicKey: keys.publicKey,
        signingKey: this.#privateKey,
        extensions: await caExtensions(
          spec,
          keys.publicKey,
          await this.certificate.publicKey.export(crypto),
        ),
      },
      crypto,
    );
    return new CaCertificate(certificate, algorithm, keys.privateKey, await pkcs8Pem(keys));
  }

  get certPem(): string {
    return `${this.certificate.toString('pem')}\n`;
  }

  get subject(): string {
    return this.certificate.subject;
  }

  get notBefore(): Date {
    return this.certificate.notBefore;
  }

  get notAfter(): Date {
    return this.certificate.notAfter;
  }

  /** PKCS#8 PEM, for the one Secret each mesh keeps its CA key in. */
  privateKeyPem(): string {
    return this.#privateKeyPem;
  }

  toJSON(): object {
    return {
      subject: this.subject,
      notBefore: this.notBefore.toISOString(),
      notAfter: this.notAfter.toISOString(),
    };
  }

  toString(): string {
    return `CaCertificate(${this.subject}, notAfter ${this.notAfter.toISOString()})`;
  }

  [inspect.custom](): string {
    return this.toString();
  }
}

async function generateKeys(algorithm: CaKeyAlgorithm): Promise<CryptoKeyPair> {
  return (await crypto.subtle.generateKey(KEY_PARAMS[algorithm], true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
}

async function caExtensions(
  spec: CaCertificateSpec,
  subjectKey: CryptoKey,
  issuerKey: CryptoKey,
): Promise<x509.Extension[]> {
  const extensions: x509.Extension[] = [
    new x509.BasicConstraintsExtension(true, spec.pathLength, true),
    new x509.KeyUsagesExtension(spec.keyUsages, true),
    await x509.SubjectKeyIdentifierExtension.create(subjectKey, false, crypto),
    await x509.AuthorityKeyIdentifierExtension.create(issuerKey, false, crypto),
  ];
  if (spec.dnsNames?.length) {
    extensions.push(
      new x509.SubjectAlternativeNameExtension(
        spec.dnsNames.map((value) => ({ type: 'dns' as const, value })),
      ),
    );
  }
  return extensions;
}

async function pkcs8Pem(keys: CryptoKeyPair): Promise<string> {
  const der = await crypto.subtle.exportKey('pkcs8', keys.privateKey);
  return `${x509.PemConverter.encode(der, 'PRIVATE KEY')}\n`;
}

function randomSerial(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[0] = (bytes[0] ?? 0) & 0x7f;
  return Buffer.from(bytes).toString('hex');
}
