import {
  type ClusterSnapshot,
  type WorkloadGroup,
  collectWorkloads,
  servicesSelecting,
} from '@meshwork/adapters-core';
import { DataPlaneMode, type Mesh, type Workload, makeId } from '@meshwork/model';
import { IstioMeshAttributes } from '../detection/detect-istio-meshes';
import { workloadDataPlane } from './data-plane';
import { type EnrollmentReader } from './enrollment';
import { istioIdentity } from './istio-identity';

/** istiod and ztunnel are the mesh's control plane and node agent, shown on the Mesh instead. */
const isControlPlane = (group: WorkloadGroup): boolean => {
  const app = group.labels['app'];
  return app === 'istiod' || app === 'ztunnel' || group.labels['istio'] === 'pilot';
};

/**
 * Workloads of one mesh: those whose pods run its data plane, plus those that opted in (injection or
 * ambient label) but run no proxy, reported with mode NONE so "not restarted since enabling" shows up.
 */
export function discoverWorkloads(
  snapshot: ClusterSnapshot,
  mesh: Mesh,
  enrollment: EnrollmentReader,
): Workload[] {
  const ambientMesh = mesh.attributes[IstioMeshAttributes.ambient] === 'true';
  const workloads: Workload[] = [];
  for (const group of collectWorkloads(snapshot)) {
    if (isControlPlane(group)) continue;
    const plane = workloadDataPlane(group, enrollment, ambientMesh);
    if (!plane.enrolled && plane.mode === DataPlaneMode.NONE) continue;
    if (enrollment.meshFor(plane.revision)?.id !== mesh.id) continue;
    const { namespace, name, kind } = group.ref;
    const inMesh = plane.mode !== DataPlaneMode.NONE;
    const trustDomain =
      mesh.controlPlanes.find((cp) => cp.revision === plane.revision)?.trustDomain ??
      mesh.trustDomain ??
      'cluster.local';
    const version = group.labels['version'];
    workloads.push({
      id: group.id,
      cluster: snapshot.cluster,
      namespace,
      name,
      kind,
      labels: group.labels,
      replicas: group.replicas,
      dataPlaneMode: plane.mode,
      ...(inMesh && { mesh: mesh.id }),
      ...(plane.revision && { revision: plane.revision }),
      ...(plane.proxyVersion && { proxyVersion: plane.proxyVersion }),
      serviceAccount: plane.serviceAccount,
      ...(inMesh && {
        identity: istioIdentity(mesh.id, trustDomain, namespace, plane.serviceAccount),
      }),
      ...(version && { version }),
      services: servicesSelecting(snapshot, namespace, group.labels).map((s) =>
        makeId({ cluster: snapshot.cluster, namespace, kind: 'Service', name: s.metadata.name }),
      ),
    });
  }
  return workloads;
}
