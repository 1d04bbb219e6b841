import { type KubeObject } from '../../kube-object';
import { type ClusterBuilder } from './cluster-builder';
import { type PodInjector, type PodLabeler } from './pod-injection';

export type GeneratedMesh = 'istio' | 'linkerd' | 'consul' | 'osm';

/** One generated application service: its Deployments (one per version) share a Service. */
export interface GeneratedService {
  namespace: string;
  name: string;
  serviceAccount: string;
  port: { name: string; port: number; targetPort: number };
  versions: string[];
  /** Services per version (`<name>-<version>`), for meshes that split between Services. */
  versionServices: string[];
}

/** What differs per mesh when generating a cluster: control plane, enrolment, injection, policies. */
export interface MeshFlavor {
  readonly mesh: GeneratedMesh;
  /** CRD files of libs/fleet-sim/scenarios/crds the policies need. */
  readonly crdFiles: readonly string[];
  /** Whether a traffic split needs one Service per version (SMI, Linkerd HTTPRoute backends). */
  readonly splitsByService: boolean;
  controlPlane(builder: ClusterBuilder): void;
  appNamespace(builder: ClusterBuilder, name: string): void;
  readonly inject: PodInjector;
  readonly podLabels?: PodLabeler;
  /** Pod template annotations an app Deployment of `version` carries to opt in (Consul's per-pod switch). */
  readonly templateAnnotations?: (version: string) => Record<string, string>;
  /** Native policies for `service`; `caller` is the service allowed to call it. */
  policies(service: GeneratedService, caller: GeneratedService): KubeObject[];
}

export const custom = (
  apiVersion: string,
  kind: string,
  namespace: string,
  name: string,
  spec: Record<string, unknown>,
): KubeObject => ({ apiVersion, kind, metadata: { name, namespace }, spec });

export const fieldEnv = (name: string, fieldPath: string) => ({
  name,
  valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath } },
});

/** The weights of an even split over `n` backends, summing to 100. */
export function evenWeights(n: number): number[] {
  const base = Math.floor(100 / n);
  return Array.from({ length: n }, (_, i) => (i === 0 ? 100 - base * (n - 1) : base));
}
