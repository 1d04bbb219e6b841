import {
  type ClusterSnapshot,
  CoreKinds,
  type KindRef,
  type KubeObject,
} from '@meshwork/adapters-core';
import {
  type ClusterError,
  ClusterErrorCode,
  type Mesh,
  type NativePolicy,
  type ObjectRef,
  type PolicyTarget,
  type Workload,
  makeId,
  qualifiedKind,
} from '@meshwork/model';
import { LinkerdMeshAttributes } from '../detection/detect-linkerd-meshes';
import { type LinkerdMembership } from '../discovery/linkerd-membership';
import { linkerdIdentity } from '../discovery/linkerd-identity';
import { LinkerdNames } from '../linkerd-labels';
import { InvalidObjectError } from './invalid-object';

/** Overrides the id of a policy that is carried by annotations on a non-policy object. */
export interface PolicyIdOverride {
  /** Kind segment of the id, e.g. `ServiceAnnotations.linkerd.io`. */
  kind: string;
  name: string;
}

/** What every Linkerd policy reader needs: the mesh, ownership, name resolution and error sink. */
export class PolicyContext {
  readonly policies: NativePolicy[] = [];
  readonly clusterDomain: string;
  readonly trustDomain: string;

  constructor(
    readonly snapshot: ClusterSnapshot,
    readonly mesh: Mesh,
    readonly membership: LinkerdMembership,
    readonly workloads: readonly Workload[],
    readonly errors: ClusterError[],
  ) {
    this.clusterDomain =
      mesh.attributes[LinkerdMeshAttributes.clusterDomain] ?? LinkerdNames.defaultTrustDomain;
    this.trustDomain = mesh.trustDomain ?? LinkerdNames.defaultTrustDomain;
  }

  get cluster(): string {
    return this.snapshot.cluster;
  }

  /** Objects in this namespace configure this mesh (see `LinkerdMembership.ownerOfNamespace`). */
  owns(namespace: string): boolean {
    return this.membership.ownerOfNamespace(namespace) === this.mesh.namespace;
  }

  hasMeshedWorkloads(namespace: string): boolean {
    return this.workloads.some((w) => w.namespace === namespace && w.mesh === this.mesh.id);
  }

  serviceId(namespace: string, name: string): string {
    return makeId({ cluster: this.cluster, namespace, kind: 'Service', name });
  }

  serviceExists(namespace: string, name: string): boolean {
    return this.snapshot.get(CoreKinds.Service, namespace, name) !== undefined;
  }

  /** Whether the Service selects a workload meshed by this mesh. */
  serviceIsMeshed(namespace: string, name: string): boolean {
    const id = this.serviceId(namespace, name);
    return this.workloads.some((w) => w.mesh === this.mesh.id && w.services.includes(id));
  }

  /** A Service id when the Service exists, else its cluster-local DNS name (an external reference). */
  serviceRef(namespace: string, name: string): string {
    return this.serviceExists(namespace, name)
      ? this.serviceId(namespace, name)
      : `${name}.${namespace}.svc.${this.clusterDomain}`;
  }

  serviceTarget(namespace: string, name: string): PolicyTarget {
    return this.serviceExists(namespace, name)
      ? { type: 'SERVICE', service: this.serviceId(namespace, name) }
      : { type: 'HOST', host: `${name}.${namespace}.svc.${this.clusterDomain}` };
  }

  /** `web.shop.svc.cluster.local[:8080]` → the Service, when the name is a cluster Service name. */
  serviceOfHost(host: string): { name: string; namespace: string; port?: number } | undefined {
    const match = /^([a-z0-9-]+)\.([a-z0-9-]+)\.svc(?:\.[a-z0-9.-]+?)?\.?(?::(\d+))?$/.exec(host);
    if (!match) return undefined;
    const [, name, namespace, port] = match as unknown as [string, string, string, string?];
    return { name, namespace, ...(port && { port: Number(port) }) };
  }

  identity(serviceAccount: string, namespace: string): string {
    return linkerdIdentity(serviceAccount, namespace, this.mesh.namespace, this.trustDomain);
  }

  /** A NativePolicy shell for an object; readers add targets, effects and unmodelled fields. */
  policyFor(kind: KindRef, object: KubeObject, id?: PolicyIdOverride): NativePolicy {
    const namespace = object.metadata.namespace ?? '';
    const source: ObjectRef = {
      cluster: this.cluster,
      group: kind.group,
      version: kind.version,
      kind: kind.kind,
      namespace,
      name: object.metadata.name,
      ...(object.metadata.uid && { uid: object.metadata.uid }),
    };
    return {
      id: makeId({
        cluster: this.cluster,
        namespace,
        kind: id?.kind ?? qualifiedKind(kind.kind, kind.group),
        name: id?.name ?? object.metadata.name,
      }),
      cluster: this.cluster,
      mesh: this.mesh.id,
      kind: kind.kind,
      source,
      targets: [],
      effects: [],
      unmodelled: [],
    };
  }

  invalid(kind: KindRef, object: KubeObject, message: string): void {
    const namespace = object.metadata.namespace ?? '';
    this.errors.push({
      cluster: this.cluster,
      code: ClusterErrorCode.INVALID_OBJECT,
      message: `${kind.kind} ${namespace ? `${namespace}/` : ''}${object.metadata.name}: ${message}`,
      group: kind.group,
      resource: kind.resource,
      namespace,
      name: object.metadata.name,
    });
  }

  /**
   * Runs a reader over objects; a reader returns the policy, or undefined for an object that is not
   * this mesh's. A malformed object becomes an error entry and never stops the others.
   */
  readAll<T extends KubeObject>(
    kind: KindRef<T>,
    read: (object: T) => NativePolicy | undefined,
    objects: readonly T[] = this.snapshot.list(kind),
  ): void {
    for (const object of objects) {
      try {
        const policy = read(object);
        if (policy) this.policies.push(policy);
      } catch (error) {
        if (!(error instanceof InvalidObjectError) && !(error instanceof TypeError)) throw error;
        this.invalid(kind, object, error.message);
      }
    }
  }
}
