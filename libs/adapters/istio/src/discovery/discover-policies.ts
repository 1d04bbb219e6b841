import { type ClusterSnapshot, type KindRef, type KubeObject } from '@meshwork/adapters-core';
import {
  type ClusterError,
  ClusterErrorCode,
  type Mesh,
  type NativePolicy,
  type ServiceSubset,
} from '@meshwork/model';
import { IstioMeshAttributes } from '../detection/detect-istio-meshes';
import { IstioKinds } from '../istio-kinds';
import { readAuthorizationPolicy } from '../policies/authorization-policy';
import {
  type DestinationRuleSpec,
  destinationRuleSubsets,
  readDestinationRule,
} from '../policies/destination-rule';
import { readPeerAuthentication } from '../policies/peer-authentication';
import { PolicyContext } from '../policies/policy-context';
import { readVirtualService } from '../policies/virtual-service';
import { type EnrollmentReader } from './enrollment';

type Reader = (ctx: PolicyContext, policy: NativePolicy, object: KubeObject<never>) => NativePolicy;

const READERS: [KindRef, Reader][] = [
  [IstioKinds.VirtualService, readVirtualService],
  [IstioKinds.DestinationRule, readDestinationRule],
  [IstioKinds.PeerAuthentication, readPeerAuthentication],
  [IstioKinds.AuthorizationPolicy, readAuthorizationPolicy],
];

export interface PolicyDiscovery {
  policies: NativePolicy[];
  /** DestinationRule subsets per Service id. */
  subsets: Map<string, ServiceSubset[]>;
  errors: ClusterError[];
}

/**
 * Native policies of one mesh. Config labelled `istio.io/rev` belongs to that revision's mesh; the rest
 * to the cluster's primary Istio mesh. A policy that cannot be read becomes an error, not a throw.
 */
export function discoverPolicies(
  snapshot: ClusterSnapshot,
  mesh: Mesh,
  enrollment: EnrollmentReader,
): PolicyDiscovery {
  const rootNamespace = mesh.attributes[IstioMeshAttributes.rootNamespace] ?? mesh.namespace;
  const ctx = new PolicyContext(snapshot, mesh, rootNamespace);
  const result: PolicyDiscovery = { policies: [], subsets: new Map(), errors: [] };
  for (const [kind, read] of READERS) {
    for (const object of snapshot.list(kind)) {
      const revision = object.metadata.labels?.['istio.io/rev'];
      if (enrollment.meshFor(enrollment.resolveRevision(revision))?.id !== mesh.id) continue;
      try {
        const policy = read(ctx, ctx.policyFor(kind, object), object as KubeObject<never>);
        result.policies.push(policy);
        if (kind === IstioKinds.DestinationRule) addSubsets(result.subsets, policy, object);
      } catch (error) {
        result.errors.push({
          cluster: snapshot.cluster,
          code: ClusterErrorCode.INVALID_OBJECT,
          message: `cannot read ${kind.kind} ${object.metadata.namespace}/${object.metadata.name}: ${String(error)}`,
          group: kind.group,
          resource: kind.resource,
          ...(object.metadata.namespace && { namespace: object.metadata.namespace }),
          name: object.metadata.name,
        });
      }
    }
  }
  result.policies.sort((a, b) => a.id.localeCompare(b.id));
  return result;
}

function addSubsets(
  subsets: Map<string, ServiceSubset[]>,
  policy: NativePolicy,
  object: KubeObject,
) {
  for (const target of policy.targets) {
    if (target.type !== 'SERVICE') continue;
    const found = destinationRuleSubsets(
      policy.id,
      (object as KubeObject<DestinationRuleSpec>).spec,
    );
    subsets.set(target.service, [...(subsets.get(target.service) ?? []), ...found]);
  }
}
