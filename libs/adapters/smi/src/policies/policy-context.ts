import {
  type ClusterSnapshot,
  type KindRef,
  type KubeObject,
  parseApiVersion,
} from '@meshwork/adapters-core';
import { type Mesh, type NativePolicy, makeId, qualifiedKind } from '@meshwork/model';
import { type MeshScope } from '../discover/mesh-scope';
import { RouteGroups } from './route-groups';
import { ServiceRefs } from './service-refs';

/** What the policy readers of one mesh share. */
export class SmiPolicyContext {
  readonly services: ServiceRefs;
  readonly routes: RouteGroups;

  constructor(
    readonly snapshot: ClusterSnapshot,
    readonly mesh: Mesh,
    readonly scope: MeshScope,
    /** How this mesh names a ServiceAccount in access rules. */
    readonly principal: (namespace: string, serviceAccount: string) => string,
  ) {
    this.services = new ServiceRefs(snapshot);
    this.routes = new RouteGroups(snapshot);
  }

  /**
   * An empty NativePolicy for an object. The source version is the one the object was read at; it is
   * left out when the object does not say (list responses may omit `apiVersion`), since the kinds'
   * versions differ per mesh and guessing would name a version the cluster may not serve.
   */
  shell(
    kind: KindRef,
    object: KubeObject,
    idKind = qualifiedKind(kind.kind, kind.group),
  ): NativePolicy {
    const namespace = object.metadata.namespace ?? '';
    const version = object.apiVersion ? parseApiVersion(object.apiVersion).version : undefined;
    return {
      id: makeId({
        cluster: this.snapshot.cluster,
        namespace,
        kind: idKind,
        name: object.metadata.name,
      }),
      cluster: this.snapshot.cluster,
      mesh: this.mesh.id,
      kind: kind.kind,
      source: {
        cluster: this.snapshot.cluster,
        group: kind.group,
        ...(version !== undefined && { version }),
        kind: kind.kind,
        namespace,
        name: object.metadata.name,
        ...(object.metadata.uid !== undefined && { uid: object.metadata.uid }),
      },
      targets: [],
      effects: [],
      unmodelled: [],
    };
  }
}
