import { type ConfigMap, type WorkloadObject } from '@meshwork/adapters-core';
import { parse } from 'yaml';

/** The facts Meshwork needs from `linkerd-config`; every field is optional because releases differ. */
export interface LinkerdConfig {
  trustDomain?: string;
  clusterDomain?: string;
  /** Cluster-wide default inbound policy (`all-unauthenticated` unless changed at install). */
  defaultInboundPolicy?: string;
  linkerdVersion?: string;
  /** Why the ConfigMap could not be read; the rest of detection carries on without it. */
  error?: string;
}

type Tree = Record<string, unknown>;

const isTree = (value: unknown): value is Tree =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

const child = (tree: Tree, key: string): Tree => {
  const value = tree[key];
  return isTree(value) ? value : {};
};

/** 2.10+ keeps the Helm values as YAML under `values`; `identityTrustDomain` falls back to `clusterDomain`. */
function fromValues(raw: string): LinkerdConfig {
  const values: unknown = parse(raw);
  if (!isTree(values)) return { error: 'key "values" is not a YAML mapping' };
  const clusterDomain = text(values['clusterDomain']);
  const trustDomain = text(values['identityTrustDomain']) ?? clusterDomain;
  const defaultInboundPolicy =
    text(child(values, 'proxy')['defaultInboundPolicy']) ??
    text(child(values, 'policyController')['defaultAllowPolicy']);
  const linkerdVersion = text(values['linkerdVersion']);
  return {
    ...(trustDomain && { trustDomain }),
    ...(clusterDomain && { clusterDomain }),
    ...(defaultInboundPolicy && { defaultInboundPolicy }),
    ...(linkerdVersion && { linkerdVersion }),
  };
}

/** Before 2.10 the config was protobuf-JSON under `global` (`identityContext.trustDomain`). */
function fromLegacyGlobal(raw: string): LinkerdConfig {
  const global: unknown = JSON.parse(raw);
  if (!isTree(global)) return { error: 'key "global" is not a JSON object' };
  const trustDomain = text(child(global, 'identityContext')['trustDomain']);
  const linkerdVersion = text(global['version']);
  return { ...(trustDomain && { trustDomain }), ...(linkerdVersion && { linkerdVersion }) };
}

export function readLinkerdConfig(configMap: ConfigMap | undefined): LinkerdConfig {
  const data = configMap?.data ?? {};
  try {
    if (data['values'] !== undefined) return fromValues(data['values']);
    if (data['global'] !== undefined) return fromLegacyGlobal(data['global']);
    return {};
  } catch (error) {
    return { error: `cannot parse: ${(error as Error).message.split('\n')[0] ?? ''}` };
  }
}

/** `-identity-trust-domain=<td>` from the identity controller's args, the chart's own source of truth. */
export function trustDomainFromArgs(identity: WorkloadObject | undefined): string | undefined {
  for (const container of identity?.spec?.template?.spec?.containers ?? []) {
    for (const arg of container.args ?? []) {
      const match = /^--?identity-trust-domain=(.+)$/.exec(arg);
      if (match?.[1]) return match[1];
    }
  }
  return undefined;
}
