import type { MeshPromql } from '@meshwork/adapters-core';
import { consulPromql } from './metrics/consul-promql';
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
import { type CapabilityTable, type Mesh, MeshKind } from '@meshwork/model';
import { CONSUL_CAPABILITIES } from './capabilities/consul-capabilities';
import { discoverMesh } from './discovery/discover-mesh';
import { installToMesh } from './install/install-to-mesh';
import { readInstalls } from './install/read-installs';
import { ConsulKinds } from './kube/consul-kinds';

/**
 * Consul service mesh on Kubernetes (consul-k8s 1.x, and the 0.x envoy-sidecar injection): every Helm
 * release of the chart is one mesh, so several releases in one cluster are told apart.
 */
export class ConsulAdapter implements MeshAdapter {
  readonly id: MeshAdapterId = 'consul';

  readonly watchedKinds: readonly KindRef[] = [
    CoreKinds.Pod,
    CoreKinds.Service,
    CoreKinds.Secret,
    CoreKinds.Deployment,
    CoreKinds.ReplicaSet,
    CoreKinds.StatefulSet,
    CoreKinds.DaemonSet,
    CoreKinds.Job,
    ...Object.values(ConsulKinds),
    ...Object.values(CertificateKinds),
  ];

  readonly capabilities: Readonly<Partial<Record<MeshKind, CapabilityTable>>> = {
    [MeshKind.CONSUL]: CONSUL_CAPABILITIES,
  };

  /** PromQL for edges and service stats. */
  readonly promql: Readonly<Partial<Record<MeshKind, MeshPromql>>> = {
    [MeshKind.CONSUL]: consulPromql,
  };

  detect(snapshot: ClusterSnapshot): DetectedMesh[] {
    return readInstalls(snapshot).map((install) => installToMesh(snapshot.cluster, install));
  }

  discover(snapshot: ClusterSnapshot, mesh: Mesh): MeshDiscovery {
    return discoverMesh(snapshot, mesh);
  }
}
