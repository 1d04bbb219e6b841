import { z } from 'zod';

const booleanish = z
  .union([z.boolean(), z.enum(['true', 'false', '1', '0', 'yes', 'no'])])
  .transform((v) => v === true || v === 'true' || v === '1' || v === 'yes');

const milliseconds = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

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
    webDir: z.string().min(1).optional(),
    graphqlIntrospection: booleanish.default(true),
    /** Deepest selection nesting a GraphQL document may have. */
    graphqlMaxDepth: z.coerce.number().int().min(3).max(100).default(15),
    /** Most field selections one GraphQL document may make, fragments expanded. */
    graphqlMaxFields: z.coerce.number().int().min(10).max(100_000).default(5_000),
  })
  .strict();

export type MeshworkConfig = z.infer<typeof meshworkConfigSchema>;
