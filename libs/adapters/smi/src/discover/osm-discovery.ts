import {
  type ClusterSnapshot,
  CoreKinds,
  type KubeService,
  type MeshDiscovery,
} from '@meshwork/adapters-core';
import { type Mesh, type MeshIdentity, type NativePolicy, parseId } from '@meshwork/model';
import { discoverOsmCertificates } from '../certificates/osm-certificates';
import { meshConfigOf, readOsmMeshSettings } from '../detect/osm-mesh-settings';
import { OSM_DEFAULT_TRUST_DOMAIN, osmIdentityValue } from '../identities/osm-identity';
import { OsmKinds } from '../kube/osm-kinds';
import { SmiKinds } from '../kube/smi-kinds';
import { discoverSmiLinks } from '../links/smi-links';
import { invalidObject } from '../policies/invalid-object';
import { readEgress } from '../policies/osm-egress';
import { readIngressBackend } from '../policies/osm-ingress-backend';
import { readOsmMeshConfig } from '../policies/osm-mesh-config';
import { osmRetryReader } from '../policies/osm-retry';
import { readUpstreamTrafficSetting } from '../policies/osm-upstream-traffic-setting';
import { SmiPolicyContext } from '../policies/policy-context';
import { type PolicyReadResult, readPolicies } from '../policies/read-policies';
import { readTrafficSplit } from '../policies/traffic-split';
import { trafficTargetReader } from '../policies/traffic-target';
import { meshServices } from '../services/mesh-services';
import { discoverOsmWorkloads } from '../workloads/osm-workloads';
import { type MeshScope, osmScope } from './mesh-scope';

/** The MeshConfig as a mesh-wide policy, plus whether Retry objects are switched on. */
function meshConfigPolicy(ctx: SmiPolicyContext): PolicyReadResult & { retryEnabled: boolean } {
  const object = meshConfigOf(ctx.snapshot, ctx.mesh.namespace);
  if (!object) return { policies: [], errors: [], retryEnabled: false };
  const policy = ctx.shell(OsmKinds.MeshConfig, object);
  try {
    readOsmMeshConfig(ctx, object, policy);
    const retryEnabled = readOsmMeshSettings(object).enableRetryPolicy ?? false;
    return { policies: [policy], errors: [], retryEnabled };
  } catch (error) {
    const errors = [invalidObject(ctx.snapshot.cluster, OsmKinds.MeshConfig, object, error)];
    return { policies: [], errors, retryEnabled: false };
  }
}

function readOsmPolicies(ctx: SmiPolicyContext): PolicyReadResult {
  const meshConfig = meshConfigPolicy(ctx);
  const results = [
    meshConfig,
    readPolicies(ctx, SmiKinds.TrafficSplit, readTrafficSplit),
    readPolicies(ctx, SmiKinds.TrafficTarget, trafficTargetReader(true)),
    readPolicies(ctx, OsmKinds.Retry, osmRetryReader(meshConfig.retryEnabled)),
    readPolicies(ctx, OsmKinds.UpstreamTrafficSetting, readUpstreamTrafficSetting),
    readPolicies(ctx, OsmKinds.Egress, readEgress),
    readPolicies(ctx, OsmKinds.IngressBackend, readIngressBackend),
  ];
  return {
    policies: results.flatMap((r) => r.policies).sort((a, b) => a.id.localeCompare(b.id)),
    errors: [...ctx.routes.errors(ctx.scope), ...results.flatMap((r) => r.errors)],
  };
}

/** Services selecting a meshed workload, plus Services the mesh's policies target. */
function osmKubeServices(snapshot: ClusterSnapshot, serviceIds: Iterable<string>): KubeService[] {
  return [...new Set(serviceIds)].flatMap((id) => {
    const { namespace, name } = parseId(id);
    const service = snapshot.get(CoreKinds.Service, namespace, name);
    return service ? [service] : [];
  });
}

function identitiesOf(workloads: MeshDiscovery['workloads']): MeshIdentity[] {
  const byValue = new Map<string, MeshIdentity>();
  for (const w of workloads) if (w.identity) byValue.set(w.identity.value, w.identity);
  return [...byValue.values()].sort((a, b) => a.value.localeCompare(b.value));
}

const targetServices = (policies: readonly NativePolicy[]): string[] =>
  policies.flatMap((p) => p.targets.flatMap((t) => (t.type === 'SERVICE' ? [t.service] : [])));

/** Everything one OSM mesh owns: its monitored namespaces' workloads, Services and policies. */
export function discoverOsm(snapshot: ClusterSnapshot, mesh: Mesh): MeshDiscovery {
  const scope: MeshScope = osmScope(snapshot, mesh);
  const trustDomain = mesh.trustDomain ?? OSM_DEFAULT_TRUST_DOMAIN;
  const ctx = new SmiPolicyContext(snapshot, mesh, scope, (namespace, serviceAccount) =>
    osmIdentityValue(namespace, serviceAccount, trustDomain),
  );
  const workloads = discoverOsmWorkloads(snapshot, mesh, scope);
  const { policies, errors } = readOsmPolicies(ctx);
  const meshed = workloads.filter((w) => w.mesh === mesh.id);
  const serviceIds = [...meshed.flatMap((w) => w.services), ...targetServices(policies)];
  const certificates = discoverOsmCertificates(snapshot, mesh);
  return {
    services: meshServices(snapshot, mesh, osmKubeServices(snapshot, serviceIds)),
    workloads,
    policies,
    identities: identitiesOf(workloads),
    links: discoverSmiLinks(),
    certificates: certificates.certificates,
    errors: [...errors, ...certificates.errors],
  };
}
