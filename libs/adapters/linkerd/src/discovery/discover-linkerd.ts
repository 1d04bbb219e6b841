import {
  type ClusterSnapshot,
  CoreKinds,
  type MeshDiscovery,
  collectWorkloads,
} from '@meshwork/adapters-core';
import {
  type ClusterError,
  ClusterErrorCode,
  type Mesh,
  type MeshIdentity,
  type Workload,
} from '@meshwork/model';
import { discoverLinkerdCertificates } from '../certificates/linkerd-certificates';
import { LinkerdMeshAttributes } from '../detection/detect-linkerd-meshes';
import { LinkerdKinds } from '../linkerd-kinds';
import { LinkerdNames } from '../linkerd-labels';
import { discoverLinks } from '../links/discover-links';
import { authorizedServers } from '../policies/authorization-index';
import { readAuthorizationPolicies } from '../policies/authorization-policy';
import { readDefaultInboundPolicies } from '../policies/default-inbound-policy';
import { readHttpRoutes } from '../policies/http-route';
import { PolicyContext } from '../policies/policy-context';
import { readServerAuthorizations } from '../policies/server-authorization';
import { readServers } from '../policies/servers-reader';
import { readServiceAnnotations } from '../policies/service-annotations';
import { readServiceProfiles } from '../policies/service-profile';
import { readSmiTrafficSplits } from '../policies/smi-traffic-split';
import { LinkerdMembership } from './linkerd-membership';
import { discoverServices } from './services';
import { discoverWorkloads } from './workloads';

function distinctIdentities(workloads: readonly Workload[]): MeshIdentity[] {
  const byValue = new Map<string, MeshIdentity>();
  for (const workload of workloads) {
    if (workload.identity) byValue.set(workload.identity.value, workload.identity);
  }
  return [...byValue.values()].sort((a, b) => a.value.localeCompare(b.value));
}

function configErrors(snapshot: ClusterSnapshot, mesh: Mesh): ClusterError[] {
  const message = mesh.attributes[LinkerdMeshAttributes.configError];
  if (!message) return [];
  return [
    {
      cluster: snapshot.cluster,
      code: ClusterErrorCode.INVALID_OBJECT,
      message: `ConfigMap ${mesh.namespace}/${LinkerdNames.configMap}: ${message}`,
      group: '',
      resource: CoreKinds.ConfigMap.resource,
      namespace: mesh.namespace,
      name: LinkerdNames.configMap,
    },
  ];
}

/** Everything one Linkerd control plane governs in a cluster snapshot. */
export function discoverLinkerd(snapshot: ClusterSnapshot, mesh: Mesh): MeshDiscovery {
  const membership = LinkerdMembership.of(snapshot);
  const groups = collectWorkloads(snapshot);
  const workloads = discoverWorkloads({ snapshot, mesh, membership }, groups);
  const errors = configErrors(snapshot, mesh);
  const ctx = new PolicyContext(snapshot, mesh, membership, workloads, errors);

  readServiceProfiles(ctx);
  readHttpRoutes(ctx, LinkerdKinds.HTTPRoute);
  readHttpRoutes(ctx, LinkerdKinds.GatewayHTTPRoute);
  readServiceAnnotations(ctx);
  readSmiTrafficSplits(ctx);
  readServers(ctx, authorizedServers(ctx));
  readServerAuthorizations(ctx);
  readAuthorizationPolicies(ctx);
  const configMap = snapshot.get(CoreKinds.ConfigMap, mesh.namespace, LinkerdNames.configMap);
  readDefaultInboundPolicies(
    ctx,
    configMap,
    mesh.attributes[LinkerdMeshAttributes.defaultInboundPolicy],
  );

  const policies = ctx.policies.sort((a, b) => a.id.localeCompare(b.id));
  const services = discoverServices({
    snapshot,
    mesh,
    primary: membership.primary === mesh.namespace,
    groups,
    workloads,
    policies,
  });
  const certificates = discoverLinkerdCertificates(snapshot, mesh);
  return {
    services,
    workloads,
    policies,
    identities: distinctIdentities(workloads),
    links: discoverLinks(ctx),
    certificates: certificates.certificates,
    errors: [...errors, ...certificates.errors],
  };
}
