import {
  type Certificate,
  type CertificateSource,
  CertificateSourceKind,
  type ClusterError,
  ClusterErrorCode,
  certificateId,
} from '@meshwork/model';
import { CoreKinds } from '../kube/core-kinds';
import { type ClusterSnapshot } from '../snapshot/cluster-snapshot';
import { type CertificateInput, type CertificateReadOptions } from './certificate-input';
import { CertificateKinds, type WebhookConfiguration } from './certificate-kinds';
import { checkChains } from './chain-checks';
import { parsePemBundle } from './parse-pem-bundle';
import { type ParsedCertificate } from './parsed-certificate';
import { spiffeTrustDomain } from './spiffe-trust-domain';

interface Entry {
  id: string;
  parsed: ParsedCertificate;
  source: CertificateSource;
  alsoIn: CertificateSource[];
  input: CertificateInput;
  index: number;
  count: number;
}

/** The mesh the certificates belong to: its id and its control-plane namespace. */
export interface CertificateOwner {
  id: string;
  namespace: string;
}

const RESOURCES: Record<CertificateSourceKind, { group: string; resource: string } | undefined> = {
  [CertificateSourceKind.Secret]: { group: '', resource: 'secrets' },
  [CertificateSourceKind.ConfigMap]: { group: '', resource: 'configmaps' },
  [CertificateSourceKind.MutatingWebhookConfiguration]: {
    group: 'admissionregistration.k8s.io',
    resource: 'mutatingwebhookconfigurations',
  },
  [CertificateSourceKind.ValidatingWebhookConfiguration]: {
    group: 'admissionregistration.k8s.io',
    resource: 'validatingwebhookconfigurations',
  },
  [CertificateSourceKind.ConsulAPI]: undefined,
};

/**
 * Gathers one mesh's certificates from the places an adapter names, in the order it names them:
 * the same certificate found twice becomes one entry (the first place wins, later ones go to
 * `alsoIn`), then every certificate is checked against the others. Pure and synchronous.
 */
export class CertificateCollector {
  private readonly entries: Entry[] = [];
  private readonly byFingerprint = new Map<string, Entry>();
  private readonly errors: ClusterError[] = [];

  constructor(
    private readonly cluster: string,
    private readonly owner: CertificateOwner,
  ) {}

  /** Reads one PEM value; a value that does not parse becomes an INVALID_OBJECT error. */
  addPem(input: CertificateInput): this {
    const result = parsePemBundle(input.text);
    if (!result.ok) {
      this.invalid(input.source, result.problem);
      return this;
    }
    result.certificates.forEach((parsed, index) => {
      const source = { ...input.source, index };
      const known = this.byFingerprint.get(parsed.sha256Fingerprint);
      if (known) {
        known.alsoIn.push(source);
        return;
      }
      const id = certificateId(this.cluster, this.owner.namespace, source);
      const entry = {
        id,
        parsed,
        source,
        alsoIn: [],
        input,
        index,
        count: result.certificates.length,
      };
      this.entries.push(entry);
      this.byFingerprint.set(parsed.sha256Fingerprint, entry);
    });
    return this;
  }

  /** Reads the given data keys of a Secret (base64) when the Secret and the key exist. */
  addSecret(
    snapshot: ClusterSnapshot,
    namespace: string,
    name: string,
    keys: readonly string[],
    options: CertificateReadOptions,
  ): this {
    const secret = snapshot.get(CoreKinds.Secret, namespace, name);
    for (const key of keys) {
      const value = secret?.data?.[key];
      if (!value) continue;
      const text = Buffer.from(value, 'base64').toString('utf8');
      this.addPem({
        ...options,
        source: { kind: CertificateSourceKind.Secret, namespace, name, key },
        text,
      });
    }
    return this;
  }

  /** Reads the given data keys of a ConfigMap when it and the key exist. */
  addConfigMap(
    snapshot: ClusterSnapshot,
    namespace: string,
    name: string,
    keys: readonly string[],
    options: CertificateReadOptions,
  ): this {
    const configMap = snapshot.get(CoreKinds.ConfigMap, namespace, name);
    for (const key of keys) {
      const text = configMap?.data?.[key];
      if (!text) continue;
      this.addPem({
        ...options,
        source: { kind: CertificateSourceKind.ConfigMap, namespace, name, key },
        text,
      });
    }
    return this;
  }

  /**
   * Reads the `caBundle` of every admission webhook of the mesh: served by a Service in its
   * control-plane namespace, or, for webhooks reached by URL, in a configuration `names` matches.
   */
  addWebhooks(snapshot: ClusterSnapshot, options: CertificateReadOptions, names?: RegExp): this {
    const kinds = [
      [
        CertificateKinds.MutatingWebhookConfiguration,
        CertificateSourceKind.MutatingWebhookConfiguration,
      ],
      [
        CertificateKinds.ValidatingWebhookConfiguration,
        CertificateSourceKind.ValidatingWebhookConfiguration,
      ],
    ] as const;
    for (const [kind, sourceKind] of kinds) {
      const configs = [...snapshot.list<WebhookConfiguration>(kind)].sort((a, b) =>
        a.metadata.name.localeCompare(b.metadata.name),
      );
      for (const config of configs) {
        const byName = names?.test(config.metadata.name) ?? false;
        for (const webhook of Array.isArray(config.webhooks) ? config.webhooks : []) {
          const service = webhook.clientConfig?.service;
          // A name match counts only for webhooks reached by URL: a service says who serves it.
          const ours = service ? service.namespace === this.owner.namespace : byName;
          const bundle = webhook.clientConfig?.caBundle;
          if (!ours || !bundle) continue;
          this.addPem({
            ...options,
            source: {
              kind: sourceKind,
              namespace: '',
              name: config.metadata.name,
              key: webhook.name,
            },
            text: Buffer.from(bundle, 'base64').toString('utf8'),
          });
        }
      }
    }
    return this;
  }

  result(): { certificates: Certificate[]; errors: ClusterError[] } {
    const chains = checkChains(this.entries);
    const certificates = this.entries.map((entry): Certificate => {
      const { parsed, input } = entry;
      const trustDomain = spiffeTrustDomain(parsed.sans) ?? input.trustDomainOf?.(parsed);
      return {
        id: entry.id,
        cluster: this.cluster,
        mesh: this.owner.id,
        source: entry.source,
        alsoIn: entry.alsoIn,
        role: input.role(parsed, entry.index, entry.count),
        subject: parsed.subject,
        issuer: parsed.issuer,
        serial: parsed.serial,
        sans: parsed.sans,
        keyAlgorithm: parsed.keyAlgorithm,
        ...(parsed.keySize !== undefined && { keySize: parsed.keySize }),
        ...(parsed.curve && { curve: parsed.curve }),
        notBefore: parsed.notBefore,
        notAfter: parsed.notAfter,
        sha256Fingerprint: parsed.sha256Fingerprint,
        isCA: parsed.isCA,
        ...(parsed.pathLen !== undefined && { pathLen: parsed.pathLen }),
        pem: parsed.pem,
        chain: chains.get(entry.id)!,
        ...(trustDomain && { trustDomain }),
        ...(input.note && { note: input.note }),
      };
    });
    return {
      certificates: certificates.sort((a, b) => a.id.localeCompare(b.id)),
      errors: [...this.errors],
    };
  }

  private invalid(source: Omit<CertificateSource, 'index'>, problem: string): void {
    const where = source.namespace ? `${source.namespace}/${source.name}` : source.name;
    this.errors.push({
      cluster: this.cluster,
      code: ClusterErrorCode.INVALID_OBJECT,
      message: `${source.kind} ${where}, key ${source.key}: ${problem}`,
      ...RESOURCES[source.kind],
      ...(source.namespace && { namespace: source.namespace }),
      name: source.name,
    });
  }
}
