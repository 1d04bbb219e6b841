import { type ClusterSnapshot, CoreKinds } from '@meshwork/adapters-core';
import { parse } from 'yaml';

export const DEFAULT_TRUST_DOMAIN = 'cluster.local';

export interface MeshConfigFacts {
  /** ConfigMap the facts came from, when it exists. */
  configMap?: string;
  trustDomain: string;
  /** Namespace whose policies are mesh-wide (MeshConfig `rootNamespace`). */
  rootNamespace: string;
  /** Why the MeshConfig could not be read; defaults are used then. */
  error?: string;
}

export const meshConfigMapName = (revision: string): string =>
  revision === 'default' ? 'istio' : `istio-${revision}`;

/** Reads the revision's MeshConfig (ConfigMap `istio[-<rev>]`, key `mesh`), falling back to Istio's defaults. */
export function readMeshConfig(
  snapshot: ClusterSnapshot,
  namespace: string,
  revision: string,
): MeshConfigFacts {
  const name = meshConfigMapName(revision);
  const defaults = { trustDomain: DEFAULT_TRUST_DOMAIN, rootNamespace: namespace };
  const configMap = snapshot.get(CoreKinds.ConfigMap, namespace, name);
  const text = configMap?.data?.['mesh'];
  if (!configMap || text === undefined)
    return configMap ? { ...defaults, configMap: name } : defaults;
  try {
    const mesh: unknown = parse(text);
    const fields = (mesh && typeof mesh === 'object' ? mesh : {}) as Record<string, unknown>;
    const str = (key: string) =>
      typeof fields[key] === 'string' && fields[key] ? (fields[key] as string) : undefined;
    return {
      configMap: name,
      trustDomain: str('trustDomain') ?? DEFAULT_TRUST_DOMAIN,
      rootNamespace: str('rootNamespace') ?? namespace,
    };
  } catch (error) {
    return {
      ...defaults,
      configMap: name,
      error: `ConfigMap ${namespace}/${name} key mesh: ${String(error)}`,
    };
  }
}
