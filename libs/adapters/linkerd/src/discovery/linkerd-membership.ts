import { type ClusterSnapshot, CoreKinds } from '@meshwork/adapters-core';
import { findLinkerdControlPlanes } from '../detection/control-planes';
import { readProxy } from './proxy-facts';

/**
 * Which Linkerd control plane owns what, across all control planes in one cluster. Pods name their
 * control plane (label `linkerd.io/control-plane-ns`); namespaces and objects do not, so a namespace
 * belongs to the control plane most of its meshed pods use, and to the primary one otherwise.
 */
export class LinkerdMembership {
  private readonly podsByNamespace = new Map<string, Map<string, number>>();

  private constructor(
    /** Control-plane namespaces, primary first. */
    readonly controlPlaneNamespaces: readonly string[],
  ) {}

  static of(snapshot: ClusterSnapshot): LinkerdMembership {
    const membership = new LinkerdMembership(
      findLinkerdControlPlanes(snapshot).map((cp) => cp.namespace),
    );
    for (const pod of snapshot.list(CoreKinds.Pod)) {
      const proxy = readProxy(pod);
      const owner = membership.controlPlaneOfPod(proxy?.controlPlaneNamespace, proxy !== undefined);
      if (!owner) continue;
      const namespace = pod.metadata.namespace ?? '';
      const counts = membership.podsByNamespace.get(namespace) ?? new Map<string, number>();
      counts.set(owner, (counts.get(owner) ?? 0) + 1);
      membership.podsByNamespace.set(namespace, counts);
    }
    return membership;
  }

  get primary(): string | undefined {
    return this.controlPlaneNamespaces[0];
  }

  /**
   * The control plane of a meshed pod. A proxy that names none (hand-injected or very old) belongs
   * to the primary control plane; one naming a control plane we do not see belongs to none of ours.
   */
  controlPlaneOfPod(named: string | undefined, meshed: boolean): string | undefined {
    if (!meshed) return undefined;
    if (named === undefined) return this.primary;
    return this.controlPlaneNamespaces.includes(named) ? named : undefined;
  }

  /** The control plane whose pods dominate the namespace; the primary when none is meshed. */
  ownerOfNamespace(namespace: string): string | undefined {
    if (this.controlPlaneNamespaces.includes(namespace)) return namespace;
    const counts = this.podsByNamespace.get(namespace);
    let best: string | undefined;
    let bestCount = 0;
    for (const controlPlane of this.controlPlaneNamespaces) {
      const count = counts?.get(controlPlane) ?? 0;
      if (count > bestCount) [best, bestCount] = [controlPlane, count];
    }
    return best ?? this.primary;
  }

  /** Whether any pod in the namespace runs a proxy of this control plane. */
  hasMeshedPods(namespace: string, controlPlane: string): boolean {
    return (this.podsByNamespace.get(namespace)?.get(controlPlane) ?? 0) > 0;
  }
}
