import { CertificateCollector, chainRole, trustBundleRole } from '@meshwork/adapters-core';
import type { TestCa } from '@meshwork/adapters-core/testing';
import {
  type Certificate,
  CertificateRole,
  CertificateSourceKind,
  ControlPlaneHealth,
  type Mesh,
  type MeshKind,
  type MeshLink,
  MeshLinkKind,
} from '@meshwork/model';

export function meshOf(cluster: string, kind: MeshKind, namespace: string, name: string): Mesh {
  return {
    id: `${cluster}/${namespace}/Mesh/${name}`,
    kind,
    name,
    cluster,
    namespace,
    trustDomain: 'cluster.local',
    controlPlanes: [],
    health: ControlPlaneHealth.HEALTHY,
    attributes: {},
  };
}

/** An Istio mesh's cacerts as adapters-core reads it: the root and one signing CA. */
export function istioCertificates(mesh: Mesh, root: TestCa, intermediate: TestCa): Certificate[] {
  const source = (key: string) => ({
    kind: CertificateSourceKind.Secret,
    namespace: mesh.namespace,
    name: 'cacerts',
    key,
  });
  return new CertificateCollector(mesh.cluster, mesh)
    .addPem({ source: source('root-cert.pem'), text: root.pem, role: trustBundleRole })
    .addPem({
      source: source('ca-cert.pem'),
      text: intermediate.pem,
      role: chainRole(CertificateRole.INTERMEDIATE),
    })
    .result().certificates;
}

export function remoteSecretLink(from: Mesh, toCluster: string): MeshLink {
  return {
    id: `${from.cluster}/${from.namespace}/MeshLink/ISTIO_REMOTE_SECRET:istio-remote-secret-${toCluster}`,
    kind: MeshLinkKind.ISTIO_REMOTE_SECRET,
    fromCluster: from.cluster,
    fromMesh: from.id,
    toCluster,
    source: {
      cluster: from.cluster,
      group: '',
      kind: 'Secret',
      namespace: from.namespace,
      name: `istio-remote-secret-${toCluster}`,
    },
    details: {},
  };
}
