import type { MeshPromql } from '@meshwork/adapters-core';
import { linkerdPromql } from './metrics/linkerd-promql';
import {
  CertificateKinds,
  type ClusterSnapshot,
  CoreKinds,
  type DetectedMesh,
  type KindRef,
  type MeshAdapter,
  type MeshAdapterId,
  type MeshDiscovery,
} from '@meshwork/adapters-core';
import { type CapabilityTable, MeshKind } from '@meshwork/model';
import { detectLinkerdMeshes } from './detection/detect-linkerd-meshes';
import { discoverLinkerd } from './discovery/discover-linkerd';
import { LINKERD_CAPABILITIES } from './linkerd-capabilities';
import { LinkerdKinds } from './linkerd-kinds';

/** Linkerd 2.x (stable, edge and enterprise releases): control planes, proxies, policy, multicluster. */
export class LinkerdAdapter implements MeshAdapter {
  readonly id: MeshAdapterId = 'linkerd';

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
    ...Object.values(LinkerdKinds),
    ...Object.values(CertificateKinds),
  ];

  readonly capabilities: Readonly<Partial<Record<MeshKind, CapabilityTable>>> = {
    [MeshKind.LINKERD]: LINKERD_CAPABILITIES,
  };

  /** PromQL for edges and service stats. */
  readonly promql: Readonly<Partial<Record<MeshKind, MeshPromql>>> = {
    [MeshKind.LINKERD]: linkerdPromql,
  };

  detect(snapshot: ClusterSnapshot): DetectedMesh[] {
    return detectLinkerdMeshes(snapshot);
  }

  discover(snapshot: ClusterSnapshot, mesh: DetectedMesh): MeshDiscovery {
    return discoverLinkerd(snapshot, mesh);
  }
}
