import {
  type ClusterSnapshot,
  CoreKinds,
  type WorkloadObject,
  findContainer,
  imageTag,
} from '@meshwork/adapters-core';
import { type ControlPlane, healthFromReplicas } from '@meshwork/model';
import { type MeshConfigFacts, readMeshConfig } from './mesh-config';

export interface IstiodInstance {
  controlPlane: ControlPlane;
  meshConfig: MeshConfigFacts;
  /** istiod env `CLUSTER_ID` (multi-cluster name of this cluster), when set. */
  clusterId?: string;
}

const ISTIOD_NAME = /^istiod(?:-(.+))?$/;

/** istiod by label, or by name plus its `discovery` container (charts always name it so). */
function isIstiod(deployment: WorkloadObject): boolean {
  if (deployment.metadata.labels?.['app'] === 'istiod') return true;
  return (
    ISTIOD_NAME.test(deployment.metadata.name) &&
    findContainer(deployment.spec?.template?.spec, 'discovery') !== undefined
  );
}

function revisionOf(deployment: WorkloadObject): string {
  const label = deployment.metadata.labels?.['istio.io/rev'];
  if (label) return label;
  return ISTIOD_NAME.exec(deployment.metadata.name)?.[1] ?? 'default';
}

/** Chart label first (`app.kubernetes.io/version`), else the pilot image tag. */
function versionOf(deployment: WorkloadObject): string | undefined {
  const label = deployment.metadata.labels?.['app.kubernetes.io/version'];
  if (label) return label;
  const discovery = findContainer(deployment.spec?.template?.spec, 'discovery');
  return imageTag(discovery?.container.image)?.replace(/-distroless$/, '');
}

export function findIstiodInstances(snapshot: ClusterSnapshot): IstiodInstance[] {
  return snapshot
    .list(CoreKinds.Deployment)
    .filter(isIstiod)
    .map((deployment) => {
      const namespace = deployment.metadata.namespace ?? '';
      const revision = revisionOf(deployment);
      const meshConfig = readMeshConfig(snapshot, namespace, revision);
      const replicas = {
        desired: deployment.spec?.replicas ?? 1,
        ready: deployment.status?.readyReplicas ?? 0,
      };
      const version = versionOf(deployment);
      const env = findContainer(deployment.spec?.template?.spec, 'discovery')?.container.env ?? [];
      const clusterId = env.find((e) => e.name === 'CLUSTER_ID')?.value;
      return {
        controlPlane: {
          name: deployment.metadata.name,
          namespace,
          revision,
          ...(version && { version }),
          trustDomain: meshConfig.trustDomain,
          replicas,
          health: healthFromReplicas(replicas),
        },
        meshConfig,
        ...(clusterId && { clusterId }),
      };
    });
}
