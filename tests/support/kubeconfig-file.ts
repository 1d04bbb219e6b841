import { writeFileSync } from 'node:fs';
import { stringify } from 'yaml';

/** One identity on one cluster, as a kubeconfig context sees it. */
export interface KubeconfigEntry {
  /** Context name, e.g. `east` or `east-readonly`. */
  readonly context: string;
  /** Cluster entry name; entries that share it are written once. */
  readonly cluster: string;
  readonly server: string;
  readonly caPem: string;
  readonly user: string;
  readonly token: string;
}

/**
 * Writes a kubeconfig (YAML, mode 0600: it holds bearer tokens) with one context per entry; the first
 * entry is the current context. The CA is embedded, so clients verify the apiserver's certificate.
 */
export function writeKubeconfig(path: string, entries: readonly KubeconfigEntry[]): void {
  const first = entries[0];
  if (first === undefined) throw new Error('writeKubeconfig: no entries');
  const clusters = new Map<string, KubeconfigEntry>();
  for (const entry of entries) if (!clusters.has(entry.cluster)) clusters.set(entry.cluster, entry);
  const document = {
    apiVersion: 'v1',
    kind: 'Config',
    preferences: {},
    'current-context': first.context,
    clusters: [...clusters.values()].map((entry) => ({
      name: entry.cluster,
      cluster: {
        server: entry.server,
        'certificate-authority-data': Buffer.from(entry.caPem).toString('base64'),
      },
    })),
    users: entries.map((entry) => ({ name: entry.user, user: { token: entry.token } })),
    contexts: entries.map((entry) => ({
      name: entry.context,
      context: { cluster: entry.cluster, user: entry.user, namespace: 'default' },
    })),
  };
  writeFileSync(path, stringify(document), { mode: 0o600 });
}
