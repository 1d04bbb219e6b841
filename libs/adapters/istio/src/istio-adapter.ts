import type { MeshPromql } from '@meshwork/adapters-core';
import { istioPromql } from './metrics/istio-promql';
import {
  CertificateKinds,
  type ClusterSnapshot,
  CoreKinds,
  type DetectedMesh,
  type KindRef,
  type MeshAdapter,
  type MeshDiscovery,
} from '@meshwork/adapters-core';
import {
  type CapabilityTable,
  type ClusterError,
  ClusterErrorCode,
  type MeshIdentity,
  MeshKind,
} from '@meshwork/model';
import { discoverIstioCertificates } from './certificates/istio-certificates';
import { IstioMeshAttributes, detectIstioMeshes } from './detection/detect-istio-meshes';
import { discoverPolicies } from './discovery/discover-policies';
import { discoverServices } from './discovery/discover-services';
import { discoverWorkloads } from './discovery/discover-workloads';
import { EnrollmentReader } from './discovery/enrollment';
import { ISTIO_CAPABILITIES } from './istio-capabilities';
import { IstioKinds } from './istio-kinds';
import { discoverLinks } from './links/discover-links';

/** Istio (sidecar, native sidecar and ambient), all revisions, with multi-cluster links. */
export class IstioAdapter implements MeshAdapter {
  readonly id = 'istio' as const;

  readonly watchedKinds: readonly KindRef[] = [
    CoreKinds.Namespace,
    CoreKinds.Pod,
    CoreKinds.Service,
    CoreKinds.ConfigMap,
    CoreKinds.Secret,
    CoreKinds.Deployment,
    CoreKinds.ReplicaSet,
    CoreKinds.StatefulSet,
    CoreKinds.DaemonSet,
    CoreKinds.Job,
    ...Object.values(IstioKinds),
    ...Object.values(CertificateKinds),
  ];

  readonly capabilities: Readonly<Partial<Record<MeshKind, CapabilityTable>>> = {
    [MeshKind.ISTIO]: ISTIO_CAPABILITIES,
  };

  /** PromQL for edges and service stats. */
  readonly promql: Readonly<Partial<Record<MeshKind, MeshPromql>>> = {
    [MeshKind.ISTIO]: istioPromql,
  };

  detect(snapshot: ClusterSnapshot): DetectedMesh[] {
    return detectIstioMeshes(snapshot);
  }

  discover(snapshot: ClusterSnapshot, mesh: DetectedMesh): MeshDiscovery {
    // Re-detecting is cheap and keeps discover() pure: which mesh is primary, and which revision
    // belongs to which mesh, decide where un-revisioned workloads and config go.
    const meshes = detectIstioMeshes(snapshot);
    const enrollment = new EnrollmentReader(snapshot, meshes.length ? meshes : [mesh]);
    const workloads = discoverWorkloads(snapshot, mesh, enrollment);
    const { policies, subsets, errors } = discoverPolicies(snapshot, mesh, enrollment);
    const policyServices = policies.flatMap((p) =>
      p.targets.flatMap((t) => (t.type === 'SERVICE' ? [t.service] : [])),
    );
    const identities = new Map<string, MeshIdentity>();
    for (const w of workloads) if (w.identity) identities.set(w.identity.value, w.identity);
    const certificates = discoverIstioCertificates(snapshot, mesh);
    return {
      services: discoverServices(snapshot, mesh, workloads, policyServices, subsets),
      workloads,
      policies,
      identities: [...identities.values()].sort((a, b) => a.value.localeCompare(b.value)),
      links: discoverLinks(snapshot, mesh, meshes),
      certificates: certificates.certificates,
      errors: [...meshConfigErrors(snapshot.cluster, mesh), ...errors, ...certificates.errors],
    };
  }
}

function meshConfigErrors(cluster: string, mesh: DetectedMesh): ClusterError[] {
  const message = mesh.attributes[IstioMeshAttributes.meshConfigError];
  if (!message) return [];
  return [
    {
      cluster,
      code: ClusterErrorCode.INVALID_OBJECT,
      message: `${message}; using trust domain ${mesh.trustDomain ?? 'cluster.local'}`,
      group: '',
      resource: 'configmaps',
      namespace: mesh.namespace,
    },
  ];
}
