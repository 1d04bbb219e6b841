/** Where a certificate was read from. */
export enum CertificateSourceKind {
  Secret = 'Secret',
  ConfigMap = 'ConfigMap',
  MutatingWebhookConfiguration = 'MutatingWebhookConfiguration',
  ValidatingWebhookConfiguration = 'ValidatingWebhookConfiguration',
  /** Consul's HTTP API (`/v1/connect/ca/roots`): the Connect CA lives in the servers' Raft state. */
  ConsulAPI = 'ConsulAPI',
}

/** What a certificate does for its mesh. */
export enum CertificateRole {
  /** A trust anchor: self-signed, what every proxy verifies peers against. */
  ROOT = 'ROOT',
  /** A CA between the root and the certificates workloads get (Istio's plugged-in `ca-cert.pem`). */
  INTERMEDIATE = 'INTERMEDIATE',
  /** The CA the mesh's identity service signs workload certificates with (Linkerd's issuer). */
  ISSUER = 'ISSUER',
  LEAF = 'LEAF',
  /** A CA bundle an admission webhook of the mesh is verified with (`caBundle`). */
  WEBHOOK = 'WEBHOOK',
  /** Consul's agent/server TLS CA (`global.tls`): secures RPC and HTTPS, not service-to-service mTLS. */
  AGENT_CA = 'AGENT_CA',
}

/** How a certificate relates to the certificates found with it. */
export enum CertificateChainStatus {
  /** Signed by another certificate of the same mesh (see `issuerId`); signature verified. */
  VALID = 'VALID',
  /** Issuer and subject are the same and it verifies with its own key: a root. */
  SELF_SIGNED = 'SELF_SIGNED',
  /** No certificate of the mesh has its issuer's name and key. */
  ISSUER_NOT_FOUND = 'ISSUER_NOT_FOUND',
  /** A certificate with the issuer's name exists, but the signature does not verify with its key. */
  SIGNATURE_INVALID = 'SIGNATURE_INVALID',
}

/** One place a certificate is stored: an object, a data key, and its position in that PEM bundle. */
export interface CertificateSource {
  kind: CertificateSourceKind;
  /** Empty for cluster-scoped objects (webhook configurations) and the Consul API. */
  namespace: string;
  /** Object name; `connect-ca-roots` for the Consul API's `/v1/connect/ca/roots`. */
  name: string;
  /** Data key (`ca-cert.pem`), webhook name, or API field (`Roots[0].RootCert`). */
  key: string;
  /** Position in the PEM bundle, from 0. */
  index: number;
}

export interface CertificateChainCheck {
  status: CertificateChainStatus;
  /** Id of the certificate that signed this one (VALID only). */
  issuerId?: string;
  /** The result in words, naming the issuer looked for. */
  message: string;
}

/**
 * A certificate a mesh relies on, public facts only: there is no private key anywhere in the model.
 * The same certificate stored in several places of one mesh (a root in `root-cert.pem`, in
 * `cert-chain.pem` and in a ConfigMap) is one entry; `alsoIn` lists the other places.
 */
export interface Certificate {
  /** `<cluster>/<namespace>/Certificate/<source kind>:<object>:<key>:<index>` (see `certificateId`). */
  id: string;
  cluster: string;
  /** Id of the mesh that uses it. */
  mesh: string;
  source: CertificateSource;
  alsoIn: CertificateSource[];
  role: CertificateRole;
  /** Distinguished names, RFC 4514-like (`O=Istio, CN=Root CA`). */
  subject: string;
  issuer: string;
  /** Hex, upper case, as OpenSSL prints it. */
  serial: string;
  /** Subject alternative names with their type: `DNS:istiod.istio-system.svc`, `URI:spiffe://...`. */
  sans: string[];
  /** `RSA`, `EC`, `Ed25519`, ... */
  keyAlgorithm: string;
  /** Modulus bits for RSA, curve order bits for EC; absent when unknown. */
  keySize?: number;
  /** Named curve for EC keys (`prime256v1`). */
  curve?: string;
  /** ISO-8601. */
  notBefore: string;
  notAfter: string;
  /** Colon-separated upper-case hex of the DER's SHA-256. */
  sha256Fingerprint: string;
  isCA: boolean;
  /** basicConstraints pathLenConstraint; absent when unlimited or not a CA. */
  pathLen?: number;
  /** The public certificate, PEM. */
  pem: string;
  chain: CertificateChainCheck;
  /** The trust domain the certificate names (SPIFFE URI SAN, or the mesh's naming rule for its CA). */
  trustDomain?: string;
  /** Anything a reader must know about this certificate's purpose, e.g. what an AGENT_CA is not. */
  note?: string;
}
