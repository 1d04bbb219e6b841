import { type ClusterSnapshot, type KindRef, type KubeObject } from '@meshwork/adapters-core';
import {
  type Mesh,
  type NativePolicy,
  type ObjectRef,
  makeId,
  qualifiedKind,
} from '@meshwork/model';
import { HostResolver } from './host-resolver';

/** What every Istio policy reader needs: the snapshot, the mesh, host resolution and the root namespace. */
export class PolicyContext {
  readonly hosts: HostResolver;

  constructor(
    readonly snapshot: ClusterSnapshot,
    readonly mesh: Mesh,
    /** MeshConfig `rootNamespace` (default: the control-plane namespace): policies there are mesh-wide. */
    readonly rootNamespace: string,
  ) {
    this.hosts = new HostResolver(snapshot);
  }

  /** A NativePolicy shell for an object; readers add targets, effects and unmodelled fields. */
  policyFor(kind: KindRef, object: KubeObject): NativePolicy {
    const namespace = object.metadata.namespace ?? '';
    const source: ObjectRef = {
      cluster: this.snapshot.cluster,
      group: kind.group,
      version: kind.version,
      kind: kind.kind,
      namespace,
      name: object.metadata.name,
      ...(object.metadata.uid && { uid: object.metadata.uid }),
    };
    return {
      id: makeId({
        cluster: this.snapshot.cluster,
        namespace,
        kind: qualifiedKind(kind.kind, kind.group),
        name: object.metadata.name,
      }),
      cluster: this.snapshot.cluster,
      mesh: this.mesh.id,
      kind: kind.kind,
      source,
      targets: [],
      effects: [],
      unmodelled: [],
    };
  }
}
