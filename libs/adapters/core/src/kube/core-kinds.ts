import {
  type ConfigMap,
  type KubeService,
  type Namespace,
  type Pod,
  type Secret,
  type WorkloadObject,
} from './core-objects';
import { type KindRef } from './kind-ref';
import { type KubeObject } from './kube-object';

const core = <T extends KubeObject>(
  group: string,
  version: string,
  resource: string,
  kind: string,
  namespaced = true,
): KindRef<T> => ({ group, version, resource, kind, namespaced });

/** Built-in kinds every cluster serves. Adapters list the ones they read in `watchedKinds`. */
export const CoreKinds = {
  Namespace: core<Namespace>('', 'v1', 'namespaces', 'Namespace', false),
  Pod: core<Pod>('', 'v1', 'pods', 'Pod'),
  Service: core<KubeService>('', 'v1', 'services', 'Service'),
  ServiceAccount: core<KubeObject>('', 'v1', 'serviceaccounts', 'ServiceAccount'),
  ConfigMap: core<ConfigMap>('', 'v1', 'configmaps', 'ConfigMap'),
  Secret: core<Secret>('', 'v1', 'secrets', 'Secret'),
  Deployment: core<WorkloadObject>('apps', 'v1', 'deployments', 'Deployment'),
  ReplicaSet: core<WorkloadObject>('apps', 'v1', 'replicasets', 'ReplicaSet'),
  StatefulSet: core<WorkloadObject>('apps', 'v1', 'statefulsets', 'StatefulSet'),
  DaemonSet: core<WorkloadObject>('apps', 'v1', 'daemonsets', 'DaemonSet'),
  Job: core<WorkloadObject>('batch', 'v1', 'jobs', 'Job'),
} as const;

export const CORE_KINDS: readonly KindRef[] = Object.values(CoreKinds);
