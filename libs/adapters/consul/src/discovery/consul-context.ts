import { type ClusterSnapshot } from '@meshwork/adapters-core';
import { type Mesh } from '@meshwork/model';
import { type ConsulInstall } from '../install/consul-install';
import { type MeshOwnership } from '../install/mesh-ownership';

/** What every discovery step needs about the mesh being discovered. */
export interface ConsulContext {
  snapshot: ClusterSnapshot;
  mesh: Mesh;
  install: ConsulInstall;
  ownership: MeshOwnership;
  trustDomain: string;
  datacenter: string;
}
