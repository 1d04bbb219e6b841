import { type ClusterSnapshot, CoreKinds } from '@meshwork/adapters-core';
import { type Mesh } from '@meshwork/model';
import { readRevisionTags } from '../detection/revision-tags';

/** How a namespace or pod asks to be in Istio. */
export interface Enrollment {
  sidecar: boolean;
  ambient: boolean;
  /** Requested revision after resolving revision tags; undefined = the default revision. */
  revision?: string;
}

/**
 * Reads opt-in labels: `istio-injection=enabled|disabled`, `istio.io/rev=<rev|tag>`,
 * `istio.io/dataplane-mode=ambient|none`, pod `sidecar.istio.io/inject`. Revision tags resolve to
 * revisions so `istio.io/rev=prod` lands on the revision the `prod` tag points at.
 */
export class EnrollmentReader {
  private readonly tags: Map<string, string>;
  private readonly cache = new Map<string, Enrollment>();

  constructor(
    private readonly snapshot: ClusterSnapshot,
    /** All Istio meshes of the cluster, primary first; the default revision comes from the primary. */
    private readonly meshes: readonly Mesh[],
  ) {
    this.tags = readRevisionTags(snapshot);
  }

  resolveRevision(revisionOrTag: string | undefined): string | undefined {
    if (!revisionOrTag) return this.meshes[0]?.revision;
    return this.tags.get(revisionOrTag) ?? revisionOrTag;
  }

  /** The mesh serving a revision; unknown revisions fall to the primary mesh. */
  meshFor(revision: string | undefined): Mesh | undefined {
    const owner = this.meshes.find((m) => m.controlPlanes.some((cp) => cp.revision === revision));
    return owner ?? this.meshes[0];
  }

  namespace(name: string): Enrollment {
    const cached = this.cache.get(name);
    if (cached) return cached;
    const labels = this.snapshot.get(CoreKinds.Namespace, '', name)?.metadata.labels ?? {};
    const injection = labels['istio-injection'];
    const rev = labels['istio.io/rev'];
    // `istio-injection` wins over `istio.io/rev` in Istio's webhook selectors.
    const sidecar = injection === 'enabled' || (injection !== 'disabled' && rev !== undefined);
    const enrollment: Enrollment = {
      sidecar,
      ambient: labels['istio.io/dataplane-mode'] === 'ambient',
      revision: this.resolveRevision(injection === 'enabled' ? undefined : rev),
    };
    this.cache.set(name, enrollment);
    return enrollment;
  }

  /** A pod's (or pod template's) enrollment, pod labels overriding its namespace. */
  pod(namespace: string, labels: Record<string, string> = {}): Enrollment {
    const ns = this.namespace(namespace);
    const inject = labels['sidecar.istio.io/inject'];
    const mode = labels['istio.io/dataplane-mode'];
    const podRev = labels['istio.io/rev'];
    return {
      sidecar: inject === 'false' ? false : inject === 'true' || podRev !== undefined || ns.sidecar,
      ambient: mode === 'none' ? false : mode === 'ambient' || ns.ambient,
      revision: podRev ? this.resolveRevision(podRev) : ns.revision,
    };
  }
}
