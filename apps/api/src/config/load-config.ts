import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ConfigError } from './config-error';
import { meshworkConfigSchema, type MeshworkConfig } from './meshwork-config';

type Env = Record<string, string | undefined>;
type RawConfig = Record<string, unknown>;

/** Environment variables and the config key each one sets. Environment wins over the YAML file. */
export const ENVIRONMENT_KEYS: Record<string, keyof MeshworkConfig> = {
  PORT: 'port',
  MESHWORK_HOST: 'host',
  MESHWORK_LOG_LEVEL: 'logLevel',
  MESHWORK_CONTEXTS: 'contexts',
  MESHWORK_SECRET_NAMESPACES: 'secretNamespaces',
  MESHWORK_DEMO: 'demo',
  MESHWORK_IN_CLUSTER: 'inCluster',
  MESHWORK_IN_CLUSTER_NAME: 'inClusterName',
  MESHWORK_CLUSTER_TIMEOUT_MS: 'clusterTimeoutMs',
  MESHWORK_CLUSTER_RETRY_MS: 'clusterRetryMs',
  MESHWORK_CLUSTER_WATCH_SECONDS: 'clusterWatchSeconds',
  MESHWORK_CERT_CRITICAL_DAYS: 'certCriticalDays',
  MESHWORK_CERT_WARNING_DAYS: 'certWarningDays',
  MESHWORK_CONSUL_HTTP_ADDRESSES: 'consulHttpAddresses',
  MESHWORK_CONSUL_HTTP_TOKEN: 'consulHttpToken',
  MESHWORK_WEB_DIR: 'webDir',
  MESHWORK_GRAPHQL_INTROSPECTION: 'graphqlIntrospection',
  MESHWORK_GRAPHQL_MAX_DEPTH: 'graphqlMaxDepth',
  MESHWORK_GRAPHQL_MAX_FIELDS: 'graphqlMaxFields',
  MESHWORK_METRICS_SOURCE: 'metricsSource',
  MESHWORK_PROMETHEUS_URL: 'prometheusUrl',
  MESHWORK_PROMETHEUS_CLUSTER_LABEL: 'prometheusClusterLabel',
  MESHWORK_PROMETHEUS_BEARER_TOKEN: 'prometheusBearerToken',
  MESHWORK_PROMETHEUS_USERNAME: 'prometheusUsername',
  MESHWORK_PROMETHEUS_PASSWORD: 'prometheusPassword',
  MESHWORK_PROMETHEUS_TIMEOUT_MS: 'prometheusTimeoutMs',
  MESHWORK_METRICS_CACHE_MS: 'metricsCacheMs',
  MESHWORK_TOPOLOGY_REFRESH_SECONDS: 'topologyRefreshSeconds',
};

const LIST_KEYS = new Set<string>(['contexts', 'secretNamespaces', 'consulHttpAddresses']);

export interface LoadConfigOptions {
  env?: Env;
  home?: string;
}

/**
 * Reads the optional YAML file named by MESHWORK_CONFIG, overlays the environment, and validates the
 * result. Throws ConfigError naming the first bad key.
 */
export function loadConfig({
  env = process.env,
  home = homedir(),
}: LoadConfigOptions = {}): MeshworkConfig {
  const raw: RawConfig = { ...readConfigFile(env.MESHWORK_CONFIG) };
  const origin: Record<string, string> = {};
  for (const [variable, key] of Object.entries(ENVIRONMENT_KEYS)) {
    const value = env[variable];
    if (value === undefined || value === '') continue;
    raw[key] = LIST_KEYS.has(key) ? splitList(value, ',') : value;
    origin[key] = variable;
  }
  const kubeconfig = kubeconfigFromEnv(env, home);
  if (kubeconfig) {
    raw.kubeconfig = kubeconfig.files;
    origin.kubeconfig = kubeconfig.variable;
  }

  const result = meshworkConfigSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const key = issue?.path.length ? issue.path.join('.') : unknownKey(issue);
    const topKey = String(issue?.path[0] ?? key);
    const label = origin[topKey] ? `${origin[topKey]} (${key})` : key;
    throw new ConfigError(label, issue?.message ?? 'invalid value');
  }
  return result.data;
}

function unknownKey(issue: { code: string; keys?: string[] } | undefined): string {
  return issue?.code === 'unrecognized_keys' && issue.keys?.length
    ? issue.keys.join(', ')
    : 'config';
}

function readConfigFile(path: string | undefined): RawConfig {
  if (!path) return {};
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError('MESHWORK_CONFIG', `cannot read ${path}: ${(error as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = parseYaml(text);
  } catch (error) {
    const firstLine = (error as Error).message.split('\n')[0] ?? '';
    throw new ConfigError('MESHWORK_CONFIG', `${path} is not valid YAML: ${firstLine}`);
  }
  if (parsed === null || parsed === undefined) return {};
  if (typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new ConfigError('MESHWORK_CONFIG', `${path} must hold a mapping of settings`);
  }
  return parsed as RawConfig;
}

/** MESHWORK_KUBECONFIG, else KUBECONFIG (a ':'-separated list, as kubectl reads it), else ~/.kube/config if present. */
function kubeconfigFromEnv(
  env: Env,
  home: string,
): { files: string[]; variable: string } | undefined {
  for (const variable of ['MESHWORK_KUBECONFIG', 'KUBECONFIG']) {
    const value = env[variable];
    if (value) return { files: splitList(value, ':'), variable };
  }
  const fallback = join(home, '.kube', 'config');
  return existsSync(fallback) ? { files: [fallback], variable: '~/.kube/config' } : undefined;
}

function splitList(value: string, separator: string): string[] {
  return value
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}
