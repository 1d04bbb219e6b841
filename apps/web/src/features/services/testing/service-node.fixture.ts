import { type ServiceMesh, type ServiceNode } from '../graphql/service-node';

/** A service in `cluster/namespace`, in the cluster's Istio mesh, with one v1 workload. */
export function aService(
  cluster: string,
  namespace: string,
  name: string,
  overrides: Partial<ServiceNode> = {},
): ServiceNode {
  return {
    id: `${cluster}/${namespace}/Service/${name}`,
    name,
    namespace,
    cluster: { name: cluster },
    meshIds: [`${cluster}/istio-system/Mesh/istio`],
    versions: ['v1'],
    workloadIds: [`${cluster}/${namespace}/Deployment/${name}-v1`],
    ...overrides,
  };
}

export function aServiceMesh(cluster: string, overrides: Partial<ServiceMesh> = {}): ServiceMesh {
  return {
    id: `${cluster}/istio-system/Mesh/istio`,
    kind: 'ISTIO',
    version: '1.24.2',
    cluster: { name: cluster },
    ...overrides,
  };
}
