import { type KubeObject } from '@meshwork/adapters-core';
import {
  AccessAction,
  type AccessOperation,
  type AccessPeer,
  type AccessRule,
  type NativePolicy,
  PolicyEffectType,
  makeId,
} from '@meshwork/model';
import { type PolicyContext } from './policy-context';
import { scopeTarget } from './peer-authentication';

interface Source extends Record<string, unknown> {
  principals?: string[];
  namespaces?: string[];
  serviceAccounts?: string[];
}
interface Operation extends Record<string, unknown> {
  hosts?: string[];
  ports?: string[];
  methods?: string[];
  paths?: string[];
}
interface TargetRef {
  group?: string;
  kind?: string;
  name?: string;
  namespace?: string;
}
export interface AuthorizationPolicySpec {
  selector?: { matchLabels?: Record<string, string> };
  targetRef?: TargetRef;
  targetRefs?: TargetRef[];
  action?: 'ALLOW' | 'DENY' | 'AUDIT' | 'CUSTOM';
  rules?: { from?: { source?: Source }[]; to?: { operation?: Operation }[]; when?: unknown[] }[];
}

const MODELLED_SOURCE = new Set(['principals', 'namespaces', 'serviceAccounts']);
const MODELLED_OPERATION = new Set(['hosts', 'ports', 'methods', 'paths']);

/**
 * Istio writes principals without the scheme (`cluster.local/ns/shop/sa/web`); the model compares
 * identities in the form certificates carry, so we add `spiffe://` (wildcards `*` stay as they are).
 */
export const principalToIdentity = (principal: string): string =>
  principal === '*' || principal.startsWith('spiffe://') ? principal : `spiffe://${principal}`;

export function readAuthorizationPolicy(
  ctx: PolicyContext,
  policy: NativePolicy,
  object: KubeObject<AuthorizationPolicySpec>,
): NativePolicy {
  const spec = object.spec ?? {};
  const namespace = object.metadata.namespace ?? '';
  const refs = spec.targetRefs ?? (spec.targetRef ? [spec.targetRef] : []);
  policy.targets = refs.length
    ? refs.map((ref) =>
        ref.kind === 'Service' && ref.name
          ? {
              type: 'SERVICE' as const,
              service: makeId({
                cluster: ctx.snapshot.cluster,
                namespace,
                kind: 'Service',
                name: ref.name,
              }),
            }
          : { type: 'HOST' as const, host: `${ref.kind ?? '?'}/${ref.name ?? '?'}` },
      )
    : [scopeTarget(ctx, namespace, spec.selector?.matchLabels)];

  const action = spec.action ?? 'ALLOW';
  if (action !== 'ALLOW' && action !== 'DENY') {
    policy.unmodelled.push('spec.action');
    return policy;
  }
  const trustDomain = ctx.mesh.trustDomain ?? 'cluster.local';
  const rules: AccessRule[] = (spec.rules ?? []).map((rule, i) => {
    if (rule.when?.length) policy.unmodelled.push(`spec.rules[${i}].when`);
    const from = (rule.from ?? []).map(({ source = {} }, j): AccessPeer => {
      for (const field of Object.keys(source)) {
        if (!MODELLED_SOURCE.has(field))
          policy.unmodelled.push(`spec.rules[${i}].from[${j}].source.${field}`);
      }
      const identities = [
        ...(source.principals ?? []).map(principalToIdentity),
        ...(source.serviceAccounts ?? []).map((sa) => {
          const [saNamespace, saName] = sa.includes('/') ? sa.split('/') : [namespace, sa];
          return `spiffe://${trustDomain}/ns/${saNamespace}/sa/${saName}`;
        }),
      ];
      return {
        ...(identities.length > 0 && { identities }),
        ...(source.namespaces && { namespaces: [...source.namespaces] }),
      };
    });
    const to = (rule.to ?? []).map(({ operation = {} }, j): AccessOperation => {
      for (const field of Object.keys(operation)) {
        if (!MODELLED_OPERATION.has(field))
          policy.unmodelled.push(`spec.rules[${i}].to[${j}].operation.${field}`);
      }
      return {
        ...(operation.ports && { ports: operation.ports.map(Number).filter(Number.isFinite) }),
        ...(operation.paths && { paths: [...operation.paths] }),
        ...(operation.methods && { methods: [...operation.methods] }),
        ...(operation.hosts && { hosts: [...operation.hosts] }),
      };
    });
    return { from, to };
  });
  policy.effects.push({
    type: PolicyEffectType.ACCESS,
    action: action === 'ALLOW' ? AccessAction.ALLOW : AccessAction.DENY,
    rules,
  });
  return policy;
}
