import { type KindRef } from '@meshwork/adapters-core';
import { type NativePolicy, type ServiceSubset, makeId, qualifiedKind } from '@meshwork/model';
import { type ConsulContext } from '../discovery/consul-context';
import { type ConsulObject } from '../kube/consul-kinds';
import { type ConsulCatalog } from '../services/consul-catalog';

/** What a policy reader may use. */
export interface PolicyInput {
  context: ConsulContext;
  catalog: ConsulCatalog;
  object: ConsulObject;
}

/** A read policy, plus the subsets it declares on Services (ServiceResolver). */
export interface PolicyReading {
  policy: NativePolicy;
  subsets?: { serviceIds: string[]; subset: ServiceSubset }[];
}

export type PolicyReader = (input: PolicyInput) => PolicyReading;

/** An empty NativePolicy for a CRD object; readers fill targets, effects and unmodelled. */
export function newPolicy(input: PolicyInput, kind: KindRef): NativePolicy {
  const { context, object } = input;
  const namespace = object.metadata.namespace ?? '';
  const { cluster } = context.snapshot;
  return {
    id: makeId({
      cluster,
      namespace,
      kind: qualifiedKind(kind.kind, kind.group),
      name: object.metadata.name,
    }),
    cluster,
    mesh: context.mesh.id,
    kind: kind.kind,
    source: {
      cluster,
      group: kind.group,
      version: kind.version,
      kind: kind.kind,
      namespace,
      name: object.metadata.name,
      ...(object.metadata.uid && { uid: object.metadata.uid }),
    },
    targets: [],
    effects: [],
    unmodelled: [],
  };
}
