import { z } from 'zod';

const booleanish = z
  .union([z.boolean(), z.enum(['true', 'false', '1', '0', 'yes', 'no'])])
  .transform((v) => v === true || v === 'true' || v === '1' || v === 'yes');

const milliseconds = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** `key=value` from an environment list item; a missing `=` leaves the value empty (then rejected). */
const splitPair = (item: unknown): [string, string] => {
  const text = String(item);
  const at = text.indexOf('=');
  return at < 0 ? [text, ''] : [text.slice(0, at).trim(), text.slice(at + 1).trim()];
};

const errorThresholds = z
  .object({
    degradedAt: z.number().min(0).max(100),
    failingAt: z.number().min(0).max(100),
  })
  .strict();

/** Where one cluster's metrics live, and how to authenticate (secrets: never logged or returned). */
const prometheusEndpoint = z
  .object({
    url: z.url(),
    bearerToken: z.string().min(1).optional(),
    username: z.string().min(1).optional(),
    password: z.string().min(1).optional(),
  })
  .strict();

/**
 * Every setting Meshwork reads, validated once at boot. Keys are the YAML file's keys; the environment
 * variables that set them are listed in ENVIRONMENT_KEYS.
 */
export const meshworkConfigSchema = z
  .object({
    port: z.coerce.number().int().min(0).max(65535).default(4000),
    host: z.string().min(1).default('127.0.0.1'),
    logLevel: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    /** Kubeconfig files (KUBECONFIG may list several, separated by ':'). Empty: none configured. */
    kubeconfig: z.array(z.string().min(1)).default([]),
    /** Read Secrets only in these namespaces (where meshes keep CA material); empty: every namespace. */
    secretNamespaces: z
      .array(z.string().regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, 'must be a namespace name'))
      .default([]),
    /** Contexts to use; empty means every context in the kubeconfig. */
    contexts: z.array(z.string().min(1)).default([]),
    /** Watch the cluster the hub runs in (through its service account); `auto`: when in a pod. */
    inCluster: z.enum(['auto', 'always', 'never']).default('auto'),
    /** Name of that cluster in ids and the UI. */
    inClusterName: z
      .string()
      .regex(/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/, 'must be a DNS-1123 name')
      .default('local'),
    /** `auto` starts the embedded demo fleet when no cluster is configured. */
    demo: z.enum(['auto', 'always', 'never']).default('auto'),
    clusterTimeoutMs: milliseconds(100, 120_000).default(5_000),
    clusterRetryMs: milliseconds(100, 3_600_000).default(10_000),
    /** How long one watch request lasts before it is reopened (the server may end it sooner). */
    clusterWatchSeconds: z.coerce.number().int().min(1).max(3_600).default(300),
    /** Certificates expiring within this many days are CRITICAL. */
    certCriticalDays: z.coerce.number().min(0).max(3_650).default(7),
    /** Certificates expiring within this many days are WARNING (must exceed certCriticalDays). */
    certWarningDays: z.coerce.number().min(0).max(3_650).default(60),
    /**
     * Consul HTTP API per cluster (`<cluster>` or `<cluster>/<namespace>` of the release), to read the
     * Connect CA roots that live only in the Consul servers. A map, or `key=url` items.
     */
    consulHttpAddresses: z
      .preprocess(
        (value) => (Array.isArray(value) ? Object.fromEntries(value.map(splitPair)) : value),
        z.record(z.string().min(1), z.url()),
      )
      .default({}),
    /** ACL token sent as X-Consul-Token (needs operator:read); never logged or returned. */
    consulHttpToken: z.string().min(1).optional(),
    webDir: z.string().min(1).optional(),
    graphqlIntrospection: booleanish.default(true),
    /** Deepest selection nesting a GraphQL document may have. */
    graphqlMaxDepth: z.coerce.number().int().min(3).max(100).default(15),
    /** Most field selections one GraphQL document may make, fragments expanded. */
    graphqlMaxFields: z.coerce.number().int().min(10).max(100_000).default(5_000),
    /**
     * Traffic metrics: `auto` uses Prometheus when a URL is configured, the traffic model for the demo
     * fleet, else none (the topology then has nodes and no edges).
     */
    metricsSource: z.enum(['auto', 'prometheus', 'simulated', 'none']).default('auto'),
    /** One Prometheus-compatible API for every cluster (Thanos, Mimir, Cortex) or the default one. */
    prometheusUrl: z.url().optional(),
    /** With one API for every cluster: the label that names the cluster on each series. */
    prometheusClusterLabel: z
      .string()
      .regex(/^[a-zA-Z_][a-zA-Z0-9_]*$/, 'must be a Prometheus label name')
      .optional(),
    prometheusBearerToken: z.string().min(1).optional(),
    prometheusUsername: z.string().min(1).optional(),
    prometheusPassword: z.string().min(1).optional(),
    /** Per cluster (by name): its own Prometheus; clusters not listed use `prometheusUrl`. */
    prometheusClusters: z.record(z.string(), prometheusEndpoint).default({}),
    prometheusTimeoutMs: milliseconds(100, 120_000).default(5_000),
    /** How long query results are reused. */
    metricsCacheMs: milliseconds(0, 600_000).default(10_000),
    /** How often `topologyUpdated` sends the topology again. */
    topologyRefreshSeconds: z.coerce.number().int().min(1).max(3_600).default(15),
    /** Health tolerances, first match wins; unmatched workloads/services use the defaults. */
    healthTolerances: z
      .array(
        z
          .object({
            namespace: z.string().optional(),
            name: z.string().optional(),
            kind: z.string().optional(),
            serverErrors: errorThresholds.default({ degradedAt: 0.1, failingAt: 10 }),
            clientErrors: errorThresholds.default({ degradedAt: 10, failingAt: 20 }),
          })
          .strict(),
      )
      .default([]),
  })
  .strict()
  .refine((config) => config.certWarningDays > config.certCriticalDays, {
    path: ['certWarningDays'],
    message: 'must be greater than certCriticalDays',
  });

export type MeshworkConfig = z.infer<typeof meshworkConfigSchema>;
