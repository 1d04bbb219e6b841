import { type Replicas } from '../mesh/mesh';
import { type DataPlaneMode } from './data-plane-mode';
import { type MeshIdentity } from './mesh-identity';
import { type WorkloadKind } from './workload-kind';

export interface Workload {
  /** `<cluster>/<namespace>/<kind>/<name>`, kind being a `WorkloadKind` value. */
  id: string;
  cluster: string;
  namespace: string;
  name: string;
  kind: WorkloadKind;
  /** Pod template labels (what selectors and policies match on). */
  labels: Record<string, string>;
  replicas: Replicas;
  dataPlaneMode: DataPlaneMode;
  /** Id of the mesh whose data plane the pods run; absent when `dataPlaneMode` is NONE. */
  mesh?: string;
  /** Control-plane revision serving the proxies (Istio `istio.io/rev`). */
  revision?: string;
  proxyVersion?: string;
  serviceAccount?: string;
  identity?: MeshIdentity;
  /** The pod `version` label value, when set. */
  version?: string;
  /** Ids of the Services whose selectors match its pods. */
  services: string[];
}
