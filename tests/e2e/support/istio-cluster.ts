import { type KubeObject } from '@meshwork/fleet-sim';

const proxyImage = 'docker.io/istio/proxyv2:1.24.2';

/** istiod (default revision) in istio-system, as the Helm chart leaves it, ready. */
export function istioControlPlane(): KubeObject[] {
  return [
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'istio-system' } },
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: {
        name: 'istiod',
        namespace: 'istio-system',
        labels: { app: 'istiod', istio: 'pilot', 'istio.io/rev': 'default' },
      },
      spec: {
        replicas: 1,
        selector: { matchLabels: { app: 'istiod', istio: 'pilot' } },
        template: {
          metadata: { labels: { app: 'istiod', istio: 'pilot', 'istio.io/rev': 'default' } },
          spec: {
            serviceAccountName: 'istiod',
            containers: [{ name: 'discovery', image: 'docker.io/istio/pilot:1.24.2' }],
          },
        },
      },
      status: { replicas: 1, readyReplicas: 1 },
    },
  ];
}

/** A namespace whose new pods get the sidecar. */
export function injectedNamespace(name: string): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name, labels: { 'istio-injection': 'enabled' } },
  };
}

export interface MeshedServiceSpec {
  namespace: string;
  name: string;
  version?: string;
  replicas?: number;
  readyReplicas?: number;
}

/**
 * A Service with its Deployment, ReplicaSet and one Pod carrying `istio-proxy`, the way the
 * controllers and the sidecar injector leave them.
 */
export function meshedService({
  namespace,
  name,
  version = 'v1',
  replicas = 1,
  readyReplicas = replicas,
}: MeshedServiceSpec): KubeObject[] {
  const deployment = `${name}-${version}`;
  const hash = '5d8f7c9b6';
  const labels = { app: name, version };
  const podLabels = { ...labels, 'pod-template-hash': hash, 'security.istio.io/tlsMode': 'istio' };
  return [
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: deployment, namespace, labels },
      spec: {
        replicas,
        selector: { matchLabels: labels },
        template: {
          metadata: { labels },
          spec: { serviceAccountName: name, containers: [{ name, image: `example/${name}:1.0` }] },
        },
      },
      status: { replicas, readyReplicas },
    },
    {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: {
        name: `${deployment}-${hash}`,
        namespace,
        labels: { ...labels, 'pod-template-hash': hash },
        ownerReferences: [
          { apiVersion: 'apps/v1', kind: 'Deployment', name: deployment, controller: true },
        ],
      },
      spec: { replicas, selector: { matchLabels: { ...labels, 'pod-template-hash': hash } } },
      status: { replicas, readyReplicas },
    },
    {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name: `${deployment}-${hash}-x7k2p`,
        namespace,
        labels: podLabels,
        annotations: {
          'sidecar.istio.io/status': JSON.stringify({
            containers: ['istio-proxy'],
            revision: 'default',
          }),
        },
        ownerReferences: [
          {
            apiVersion: 'apps/v1',
            kind: 'ReplicaSet',
            name: `${deployment}-${hash}`,
            controller: true,
          },
        ],
      },
      spec: {
        serviceAccountName: name,
        initContainers: [{ name: 'istio-init', image: proxyImage }],
        containers: [
          { name, image: `example/${name}:1.0` },
          { name: 'istio-proxy', image: proxyImage },
        ],
      },
      status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] },
    },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name, namespace, labels: { app: name } },
      spec: { selector: { app: name }, ports: [{ name: 'http', port: 8080, targetPort: 8080 }] },
    },
  ];
}
