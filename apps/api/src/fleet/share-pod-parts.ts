import { jsonEqual, type KubeObject } from '@meshwork/adapters-core';

type Loose = Record<string, unknown>;

/** Parts most pods of a mesh have alike (injection status, init containers, readiness): compared with any pod. */
const COMMON_PARTS = [
  ['metadata', 'annotations'],
  ['spec', 'initContainers'],
  ['status', 'conditions'],
  ['status', 'containerStatuses'],
  ['status', 'initContainerStatuses'],
] as const;
/** Parts only the replicas of one controller have alike: compared with a sibling only. */
const SIBLING_PARTS = [
  ['metadata', 'labels'],
  ['metadata', 'ownerReferences'],
  ['spec', 'containers'],
] as const;

type Part = readonly ['metadata' | 'spec' | 'status', string];

/** The pod's controller (namespace and owner name), or undefined for a pod nothing owns. */
function controllerOf(pod: KubeObject): string | undefined {
  const owner =
    pod.metadata.ownerReferences?.find((o) => o.controller) ?? pod.metadata.ownerReferences?.[0];
  return owner && `${pod.metadata.namespace ?? ''}/${owner.kind}/${owner.name}`;
}

/**
 * Lets a pod share the parts it has in common with the pod seen just before it. A list returns pods in
 * name order, so the replicas of one ReplicaSet come one after another with the same labels,
 * containers and conditions, and most pods of a namespace carry the same injection annotations, init
 * containers and readiness: a pod keeps the previous one's objects where they are equal, and its own
 * copies die young. On 60,000 pods that is most of the pod cache's heap and of the garbage collector's
 * copying. Cached objects are never mutated (the adapters are pure), so sharing is invisible to
 * readers. Only the freshly trimmed `pod` given is modified.
 */
export class PodPartSharing {
  private previous: KubeObject | undefined;
  private previousController: string | undefined;

  share(pod: KubeObject): KubeObject {
    const previous = this.previous;
    const controller = controllerOf(pod);
    const sibling = controller !== undefined && controller === this.previousController;
    this.previous = pod;
    this.previousController = controller;
    if (!previous) return pod;
    shareParts(pod, previous, COMMON_PARTS);
    if (sibling) shareParts(pod, previous, SIBLING_PARTS);
    return pod;
  }
}

function shareParts(pod: KubeObject, previous: KubeObject, parts: readonly Part[]): void {
  const mine = pod as unknown as Loose;
  const theirs = previous as unknown as Loose;
  for (const [outer, inner] of parts) {
    const mineOuter = mine[outer] as Loose | undefined;
    const theirsOuter = theirs[outer] as Loose | undefined;
    if (!mineOuter || !theirsOuter) continue;
    const part = mineOuter[inner];
    const other = theirsOuter[inner];
    if (part !== undefined && part !== other && jsonEqual(part, other)) mineOuter[inner] = other;
  }
}
