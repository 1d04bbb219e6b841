import { type Service, logicalServiceKey, makeId } from '@meshwork/model';
import { type KubeService } from '../kube/core-objects';

/** Model Service with the Kubernetes facts filled in; adapters add meshes, workloads, versions. */
export function baseService(cluster: string, service: KubeService): Service {
  const namespace = service.metadata.namespace ?? '';
  const { name } = service.metadata;
  const selector = service.spec?.selector;
  return {
    id: makeId({ cluster, namespace, kind: 'Service', name }),
    cluster,
    namespace,
    name,
    ports: (service.spec?.ports ?? []).map((p) => ({
      ...(p.name !== undefined && { name: p.name }),
      port: p.port,
      ...(p.targetPort !== undefined && { targetPort: p.targetPort }),
      protocol: p.protocol ?? 'TCP',
      ...(p.appProtocol !== undefined && { appProtocol: p.appProtocol }),
    })),
    labels: { ...service.metadata.labels },
    ...(selector && Object.keys(selector).length > 0 && { selector: { ...selector } }),
    meshes: [],
    versions: [],
    subsets: [],
    workloads: [],
    logicalKey: logicalServiceKey(namespace, name),
  };
}
