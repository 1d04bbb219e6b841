import { readFileSync } from 'node:fs';
import { KubeConfig, type Context } from '@kubernetes/client-node';
import { parse as parseYaml } from 'yaml';
import type { ClusterSourceKind, ClusterTarget } from './cluster-target';
import { KubeconfigError } from './kubeconfig-error';

/**
 * Turns kubeconfig files into cluster targets, one per context (all of them, or those named in
 * `contexts`). When several files define the same context, the first wins, as with kubectl.
 */
export function loadClusterTargets(
  files: string[],
  contexts: string[] = [],
  source: ClusterSourceKind = 'KUBECONFIG',
): ClusterTarget[] {
  const byContext = new Map<string, { file: string; config: KubeConfig; context: Context }>();
  for (const file of files) {
    const config = readKubeconfig(file);
    for (const context of config.getContexts()) {
      if (!byContext.has(context.name)) byContext.set(context.name, { file, config, context });
    }
  }
  const wanted = contexts.length > 0 ? contexts : [...byContext.keys()];
  const missing = wanted.filter((name) => !byContext.has(name));
  if (missing.length > 0) {
    throw new KubeconfigError(
      `MESHWORK_CONTEXTS names context(s) ${missing.map((m) => `"${m}"`).join(', ')} not found in ${files.join(', ')}`,
    );
  }
  return wanted.map((name) => {
    const found = byContext.get(name);
    if (!found) throw new KubeconfigError(`context "${name}" vanished while loading`);
    return toTarget(found.file, found.config, found.context, source);
  });
}

function readKubeconfig(file: string): KubeConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new KubeconfigError(
      `cannot read kubeconfig ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  let document: unknown;
  try {
    document = parseYaml(text);
  } catch (error) {
    const firstLine = (error as Error).message.split('\n')[0] ?? '';
    throw new KubeconfigError(`kubeconfig ${file} is not valid YAML: ${firstLine}`);
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new KubeconfigError(
      `kubeconfig ${file} is not a kubeconfig: expected a mapping with clusters, users and contexts`,
    );
  }
  const config = new KubeConfig();
  try {
    // Entries with missing required fields are dropped here and reported on the contexts that use them.
    config.loadFromFile(file, { onInvalidEntry: 'filter' });
  } catch (error) {
    throw new KubeconfigError(`kubeconfig ${file} cannot be loaded: ${(error as Error).message}`);
  }
  if (config.getContexts().length === 0) {
    throw new KubeconfigError(`kubeconfig ${file} has no usable contexts`);
  }
  return config;
}

function toTarget(
  file: string,
  config: KubeConfig,
  context: Context,
  source: ClusterSourceKind,
): ClusterTarget {
  const base = { name: context.name, context: context.name, source };
  const cluster = config.getCluster(context.cluster);
  if (!cluster) {
    return {
      ...base,
      configError: `context "${context.name}" refers to cluster "${context.cluster}", which is missing or invalid in ${file}`,
    };
  }
  const user = config.getUser(context.user);
  if (!user) {
    return {
      ...base,
      server: cluster.server,
      configError: `context "${context.name}" refers to user "${context.user}", which is missing or invalid in ${file}`,
    };
  }
  const scoped = new KubeConfig();
  scoped.loadFromOptions({
    clusters: [cluster],
    users: [user],
    contexts: [context],
    currentContext: context.name,
  });
  return { ...base, server: cluster.server, kubeConfig: scoped };
}
