import {
  type ClusterSnapshot,
  CoreKinds,
  type Pod,
  type WorkloadGroup,
  servicesSelecting,
} from '@meshwork/adapters-core';
import { DataPlaneMode, type Mesh, type Workload, makeId } from '@meshwork/model';
import { LinkerdNames } from '../linkerd-labels';
import { nativeSidecarRequested, injectionEnabled } from './injection';
import { type LinkerdMembership } from './linkerd-membership';
import { linkerdIdentity, meshIdentityOf } from './linkerd-identity';
import { type ProxyFacts, identityDisabled, readProxy } from './proxy-facts';

/** The most common value (ties: the greatest, so a half-finished upgrade shows the newer proxy). */
function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].localeCompare(a[0]))[0]?.[0];
}

interface WorkloadContext {
  snapshot: ClusterSnapshot;
  mesh: Mesh;
  membership: LinkerdMembership;
}

function baseWorkload(ctx: WorkloadContext, group: WorkloadGroup): Workload {
  const { namespace, name, kind } = group.ref;
  const version = group.labels[LinkerdNames.podVersionLabel];
  return {
    id: group.id,
    cluster: ctx.snapshot.cluster,
    namespace,
    name,
    kind,
    labels: { ...group.labels },
    replicas: group.replicas,
    dataPlaneMode: DataPlaneMode.NONE,
    ...(version !== undefined && { version }),
    services: servicesSelecting(ctx.snapshot, namespace, group.labels)
      .map((s) =>
        makeId({
          cluster: ctx.snapshot.cluster,
          namespace,
          kind: 'Service',
          name: s.metadata.name,
        }),
      )
      .sort(),
  };
}

/** A workload whose pods run this mesh's proxy; the first pod by name speaks for identity. */
function meshedWorkload(
  ctx: WorkloadContext,
  base: Workload,
  proxies: [Pod, ProxyFacts][],
): Workload {
  const [, first] = [...proxies].sort(([a], [b]) =>
    a.metadata.name.localeCompare(b.metadata.name),
  )[0]!;
  const modes = proxies.map(([, facts]) => facts.mode);
  const proxyVersion = mostCommon(
    proxies.flatMap(([, f]) => (f.proxyVersion ? [f.proxyVersion] : [])),
  );
  const identityValue = first.identityDisabled
    ? undefined
    : (first.identity ??
      linkerdIdentity(
        first.serviceAccount,
        base.namespace,
        ctx.mesh.namespace,
        ctx.mesh.trustDomain ?? '',
      ));
  const identity = identityValue && meshIdentityOf(identityValue, ctx.mesh.id);
  return {
    ...base,
    dataPlaneMode: modes.includes(DataPlaneMode.SIDECAR)
      ? DataPlaneMode.SIDECAR
      : DataPlaneMode.NATIVE_SIDECAR,
    mesh: ctx.mesh.id,
    ...(proxyVersion && { proxyVersion }),
    serviceAccount: first.serviceAccount,
    ...(identity && { identity }),
  };
}

/**
 * A workload with no pods running (scaled to zero) whose pods the injector will mesh: shown in the
 * mesh with the data-plane mode and identity its pods will get, and no proxy version.
 */
function scaledToZeroWorkload(
  ctx: WorkloadContext,
  base: Workload,
  group: WorkloadGroup,
  nsAnnotations: Record<string, string> | undefined,
): Workload {
  const template = group.controller?.spec?.template;
  const annotations = template?.metadata?.annotations;
  const serviceAccount = template?.spec?.serviceAccountName || 'default';
  const value = identityDisabled(annotations)
    ? undefined
    : linkerdIdentity(
        serviceAccount,
        base.namespace,
        ctx.mesh.namespace,
        ctx.mesh.trustDomain ?? '',
      );
  const identity = value && meshIdentityOf(value, ctx.mesh.id);
  return {
    ...base,
    dataPlaneMode: nativeSidecarRequested(nsAnnotations, annotations)
      ? DataPlaneMode.NATIVE_SIDECAR
      : DataPlaneMode.SIDECAR,
    mesh: ctx.mesh.id,
    serviceAccount,
    ...(identity && { identity }),
  };
}

/**
 * The pods to judge a workload by. With none running, the pod template stands in: `linkerd inject`
 * and the control-plane charts put the proxy into the template itself, not through the webhook.
 */
function podsOrTemplate(group: WorkloadGroup): Pod[] {
  const template = group.controller?.spec?.template;
  if (group.pods.length || !template) return group.pods;
  return [
    {
      metadata: {
        name: group.ref.name,
        namespace: group.ref.namespace,
        labels: { ...template.metadata?.labels },
        annotations: { ...template.metadata?.annotations },
      },
      spec: template.spec,
    },
  ];
}

/**
 * Workloads of one Linkerd mesh: those whose pods run its proxy, plus, for the primary control
 * plane, workloads the injector is asked to mesh whose pods have no proxy yet (dataPlaneMode NONE:
 * created before injection was enabled and never restarted).
 */
export function discoverWorkloads(
  ctx: WorkloadContext,
  groups: readonly WorkloadGroup[],
): Workload[] {
  const workloads: Workload[] = [];
  for (const group of groups) {
    const proxies = podsOrTemplate(group).flatMap((pod): [Pod, ProxyFacts][] => {
      const facts = readProxy(pod);
      return facts ? [[pod, facts]] : [];
    });
    const mine = proxies.filter(
      ([, facts]) =>
        ctx.membership.controlPlaneOfPod(facts.controlPlaneNamespace, true) === ctx.mesh.namespace,
    );
    const base = baseWorkload(ctx, group);
    if (mine.length) {
      workloads.push(meshedWorkload(ctx, base, mine));
      continue;
    }
    if (proxies.length || ctx.membership.primary !== ctx.mesh.namespace) continue;
    const nsAnnotations = ctx.snapshot.get(CoreKinds.Namespace, '', base.namespace)?.metadata
      .annotations;
    const podAnnotations =
      group.controller?.spec?.template?.metadata?.annotations ??
      group.pods[0]?.metadata.annotations;
    if (!injectionEnabled(nsAnnotations, podAnnotations)) continue;
    workloads.push(
      group.pods.length ? base : scaledToZeroWorkload(ctx, base, group, nsAnnotations),
    );
  }
  return workloads;
}
