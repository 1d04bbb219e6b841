import { X509Certificate } from 'node:crypto';
import { readBasicConstraints } from './basic-constraints';
import { type ParsedCertificate } from './parsed-certificate';

const KEY_ALGORITHMS: Record<string, string> = {
  rsa: 'RSA',
  'rsa-pss': 'RSA-PSS',
  ec: 'EC',
  ed25519: 'Ed25519',
  ed448: 'Ed448',
  dsa: 'DSA',
};

const CURVE_BITS: Record<string, number> = {
  prime256v1: 256,
  'P-256': 256,
  secp256k1: 256,
  secp384r1: 384,
  'P-384': 384,
  secp521r1: 521,
  'P-521': 521,
};

const FIXED_BITS: Record<string, number> = { ed25519: 256, ed448: 456 };

// Node prints SANs as `DNS:a, URI:b`, quoting (JSON-style) values that hold separators.
const SAN_ENTRY = /([A-Za-z][A-Za-z ]*):("(?:[^"\\]|\\.)*"|[^,]*)(?:, |$)/g;

/** Parses one PEM or DER certificate; throws what node:crypto throws when it is not one. */
export function parseCertificate(input: string | Buffer): ParsedCertificate {
  const x509 = new X509Certificate(input);
  const key = x509.publicKey;
  const type = key.asymmetricKeyType ?? 'unknown';
  const details = key.asymmetricKeyDetails ?? {};
  const constraints = readBasicConstraints(x509.raw);
  const keySize =
    details.modulusLength ??
    (details.namedCurve ? CURVE_BITS[details.namedCurve] : undefined) ??
    FIXED_BITS[type];
  return {
    x509,
    subject: distinguishedName(x509.subject),
    issuer: distinguishedName(x509.issuer),
    serial: x509.serialNumber.toUpperCase(),
    sans: subjectAltNames(x509.subjectAltName),
    keyAlgorithm: KEY_ALGORITHMS[type] ?? type.toUpperCase(),
    ...(keySize !== undefined && { keySize }),
    ...(details.namedCurve && { curve: details.namedCurve }),
    notBefore: new Date(x509.validFrom).toISOString(),
    notAfter: new Date(x509.validTo).toISOString(),
    sha256Fingerprint: x509.fingerprint256,
    isCA: x509.ca,
    ...(x509.ca && constraints?.pathLen !== undefined && { pathLen: constraints.pathLen }),
    pem: x509.toString(),
    selfSigned: isSelfSigned(x509),
  };
}

function distinguishedName(multiline: string): string {
  return multiline
    .split('\n')
    .filter((part) => part.length > 0)
    .join(', ');
}

function subjectAltNames(text: string | undefined): string[] {
  if (!text) return [];
  return [...text.matchAll(SAN_ENTRY)]
    .filter((m) => m[0].length > 0)
    .map(([, type, value]) => {
      const plain = value!.startsWith('"') ? (JSON.parse(value!) as string) : value!;
      return `${type}:${plain}`;
    });
}

/** Names itself as issuer and verifies with its own key. */
function isSelfSigned(x509: X509Certificate): boolean {
  try {
    return x509.checkIssued(x509) && x509.verify(x509.publicKey);
  } catch {
    return false;
  }
}
