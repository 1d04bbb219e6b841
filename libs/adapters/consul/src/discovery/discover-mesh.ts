import {
  type ClusterSnapshot,
  type MeshDiscovery,
  collectWorkloads,
  emptyDiscovery,
} from '@meshwork/adapters-core';
import { type ClusterError, DataPlaneMode, type Mesh, type MeshIdentity } from '@meshwork/model';
import { discoverConsulCertificates } from '../certificates/consul-certificates';
import { DEFAULT_DATACENTER, UNKNOWN_TRUST_DOMAIN } from '../identities/consul-naming';
import { MeshOwnership } from '../install/mesh-ownership';
import { readInstalls } from '../install/read-installs';
import { readExportedServiceLinks } from '../links/exported-service-links';
import { readPeeringLinks } from '../links/peering-links';
import { readPolicies } from '../policies/read-policies';
import { buildServices } from '../services/build-services';
import { ConsulCatalog } from '../services/consul-catalog';
import { identityFor } from '../identities/service-identity';
import { type ConsulWorkload, discoverWorkloads } from '../workloads/discover-workloads';
import { type ConsulContext } from './consul-context';

/** Workloads, services, policies, identities and links of one Consul release. */
export function discoverMesh(snapshot: ClusterSnapshot, mesh: Mesh): MeshDiscovery {
  const installs = readInstalls(snapshot);
  const install = installs.find((i) => i.meshId === mesh.id);
  if (!install) return emptyDiscovery();
  const context: ConsulContext = {
    snapshot,
    mesh,
    install,
    ownership: new MeshOwnership(installs),
    trustDomain: mesh.trustDomain ?? UNKNOWN_TRUST_DOMAIN,
    datacenter: install.settings.datacenter ?? DEFAULT_DATACENTER,
  };
  const errors: ClusterError[] = [];
  const groups = collectWorkloads(snapshot);
  const workloads = discoverWorkloads(context, groups);
  const catalog = new ConsulCatalog(context, groups, workloads);
  const readings = readPolicies(context, catalog, errors);
  const links = [
    ...readPeeringLinks(context, errors),
    ...readExportedServiceLinks(context, catalog, errors),
  ].sort((a, b) => a.id.localeCompare(b.id));
  const certificates = discoverConsulCertificates(snapshot, mesh, install.name);
  return {
    services: buildServices(context, catalog, readings),
    workloads: workloads.map((w) => w.workload),
    policies: readings.map((r) => r.policy),
    identities: distinctIdentities(context, workloads),
    links,
    certificates: certificates.certificates,
    errors: [...errors, ...certificates.errors],
  };
}

/** One identity per Consul service the mesh's proxies run as (several for a multi-port pod). */
function distinctIdentities(
  context: ConsulContext,
  workloads: readonly ConsulWorkload[],
): MeshIdentity[] {
  const byValue = new Map<string, MeshIdentity>();
  for (const { workload, consulServices } of workloads) {
    if (workload.dataPlaneMode === DataPlaneMode.NONE) continue;
    for (const service of consulServices) {
      const identity = identityFor(context, workload.namespace, service, workload.serviceAccount);
      if (!byValue.has(identity.value)) byValue.set(identity.value, identity);
    }
  }
  return [...byValue.values()].sort((a, b) => a.value.localeCompare(b.value));
}
