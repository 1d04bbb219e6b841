import { type KubeObject, type LabelSelector, type ObjectMeta } from './kube-object';

export interface EnvVar {
  name: string;
  value?: string;
}

export interface ContainerPort {
  name?: string;
  containerPort: number;
  protocol?: string;
}

export interface Container {
  name: string;
  image?: string;
  args?: string[];
  env?: EnvVar[];
  ports?: ContainerPort[];
  /** `Always` on an init container makes it a native sidecar (Kubernetes >= 1.28). */
  restartPolicy?: string;
}

export interface PodSpec {
  containers: Container[];
  initContainers?: Container[];
  serviceAccountName?: string;
  nodeName?: string;
}

export interface PodCondition {
  type: string;
  status: string;
}

export interface ContainerStatus {
  name: string;
  ready: boolean;
  image?: string;
}

export interface PodStatus {
  phase?: string;
  podIP?: string;
  conditions?: PodCondition[];
  containerStatuses?: ContainerStatus[];
  initContainerStatuses?: ContainerStatus[];
}

export type Pod = KubeObject<PodSpec, PodStatus>;

export interface PodTemplate {
  metadata?: Partial<ObjectMeta>;
  spec: PodSpec;
}

/** Deployment, StatefulSet, ReplicaSet and DaemonSet share the fields we read. */
export interface WorkloadSpec {
  replicas?: number;
  selector?: LabelSelector;
  template?: PodTemplate;
}

export interface WorkloadStatus {
  replicas?: number;
  readyReplicas?: number;
  availableReplicas?: number;
  /** DaemonSet only. */
  desiredNumberScheduled?: number;
  numberReady?: number;
}

export type WorkloadObject = KubeObject<WorkloadSpec, WorkloadStatus>;

export interface ServiceSpecPort {
  name?: string;
  port: number;
  targetPort?: number | string;
  protocol?: string;
  appProtocol?: string;
}

export interface ServiceSpec {
  type?: string;
  selector?: Record<string, string>;
  ports?: ServiceSpecPort[];
  clusterIP?: string;
  externalName?: string;
}

export type KubeService = KubeObject<ServiceSpec>;

export type Namespace = KubeObject;

/** ConfigMaps and Secrets keep their payload in `data`, not `spec`. */
export interface ConfigMap extends KubeObject {
  data?: Record<string, string>;
}

export interface Secret extends KubeObject {
  type?: string;
  /** Base64 values. Adapters read only what they need and never copy key material out. */
  data?: Record<string, string>;
}
