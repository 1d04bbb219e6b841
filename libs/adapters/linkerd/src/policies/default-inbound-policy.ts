import {
  CoreKinds,
  type KindRef,
  type KubeObject,
  type WorkloadSpec,
} from '@meshwork/adapters-core';
import {
  AccessAction,
  MtlsModeValue,
  type NativePolicy,
  type PolicyEffect,
  PolicyEffectType,
  type PolicyTarget,
} from '@meshwork/model';
import { LinkerdNames } from '../linkerd-labels';
import { InvalidObjectError } from './invalid-object';
import { type PolicyContext } from './policy-context';

/** Id kind for default inbound policies, which live in annotations or in `linkerd-config`. */
export const DEFAULT_INBOUND_POLICY_KIND = 'DefaultInboundPolicy.config.linkerd.io';

const MODES: Record<string, MtlsModeValue | undefined> = {
  'all-unauthenticated': MtlsModeValue.PERMISSIVE,
  'cluster-unauthenticated': MtlsModeValue.PERMISSIVE,
  audit: MtlsModeValue.PERMISSIVE,
  'all-authenticated': MtlsModeValue.STRICT,
  'cluster-authenticated': MtlsModeValue.STRICT,
  deny: undefined,
};

/**
 * Effects of a Linkerd inbound default (the mesh, namespace or workload default, or a Server's
 * `accessPolicy`). `*-authenticated` requires a mesh identity: STRICT; `*-unauthenticated` and
 * `audit` accept plaintext: PERMISSIVE; `deny` allows nobody: an ALLOW with no rules. The `cluster-`
 * variants also restrict clients to the cluster networks, which the caller lists as unmodelled.
 */
export function inboundDefaultEffects(value: string, path: string, port?: number): PolicyEffect[] {
  if (!(value in MODES)) throw new InvalidObjectError(path, `unknown inbound policy "${value}"`);
  const mode = MODES[value];
  if (mode) {
    return [
      {
        type: PolicyEffectType.MTLS_MODE,
        mode,
        side: 'SERVER',
        ...(port !== undefined && { port }),
      },
    ];
  }
  return [{ type: PolicyEffectType.ACCESS, action: AccessAction.ALLOW, rules: [] }];
}

const WORKLOAD_KINDS: readonly KindRef[] = [
  CoreKinds.Deployment,
  CoreKinds.StatefulSet,
  CoreKinds.DaemonSet,
  CoreKinds.ReplicaSet,
  CoreKinds.Job,
  CoreKinds.Pod,
];

const annotationPath = `metadata.annotations['${LinkerdNames.defaultInboundPolicyAnnotation}']`;

function defaultPolicy(
  ctx: PolicyContext,
  kind: KindRef,
  object: KubeObject,
  value: string,
  path: string,
  target: PolicyTarget,
): NativePolicy {
  const policy = ctx.policyFor(kind, object, {
    kind: DEFAULT_INBOUND_POLICY_KIND,
    name: `${kind.kind}:${object.metadata.name}`,
  });
  policy.targets.push(target);
  policy.effects.push(...inboundDefaultEffects(value, path));
  if (value.startsWith('cluster-')) policy.unmodelled.push(path);
  return policy;
}

/**
 * The inbound default for ports no Server covers, from the most general to the most specific: the
 * mesh (`linkerd-config`), a namespace annotation, a workload's pod-template annotation. The more
 * specific one wins; the model has no precedence, so each is reported at its own scope.
 */
export function readDefaultInboundPolicies(
  ctx: PolicyContext,
  configMap: KubeObject | undefined,
  meshDefault: string | undefined,
): void {
  if (configMap && meshDefault) {
    ctx.readAll(
      CoreKinds.ConfigMap,
      (cm) =>
        defaultPolicy(
          ctx,
          CoreKinds.ConfigMap,
          cm,
          meshDefault,
          'data.values.proxy.defaultInboundPolicy',
          { type: 'MESH' },
        ),
      [configMap],
    );
  }
  ctx.readAll(CoreKinds.Namespace, (ns) => {
    const value = ns.metadata.annotations?.[LinkerdNames.defaultInboundPolicyAnnotation];
    if (value === undefined || !ctx.owns(ns.metadata.name)) return undefined;
    return defaultPolicy(ctx, CoreKinds.Namespace, ns, value, annotationPath, {
      type: 'NAMESPACE',
      namespace: ns.metadata.name,
    });
  });
  for (const workload of ctx.workloads) {
    if (workload.mesh !== ctx.mesh.id) continue;
    const kind = WORKLOAD_KINDS.find((k) => k.kind === workload.kind);
    const object = kind && ctx.snapshot.get(kind, workload.namespace, workload.name);
    if (!kind || !object) continue;
    const annotations =
      kind === CoreKinds.Pod
        ? object.metadata.annotations
        : (object.spec as WorkloadSpec | undefined)?.template?.metadata?.annotations;
    const value = annotations?.[LinkerdNames.defaultInboundPolicyAnnotation];
    if (value === undefined) continue;
    const path = kind === CoreKinds.Pod ? annotationPath : `spec.template.${annotationPath}`;
    ctx.readAll(
      kind,
      (o) =>
        defaultPolicy(ctx, kind, o, value, path, {
          type: 'WORKLOAD_SELECTOR',
          namespace: workload.namespace,
          labels: workload.labels,
        }),
      [object],
    );
  }
}
