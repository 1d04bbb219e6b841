import type { KubeObject } from '@meshwork/adapters-core';

/** A small Istio install and one meshed service, as the Helm chart and the injector leave them. */
export function minimalIstio(namespace = 'shop', service = 'cart'): KubeObject[] {
  return [
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'istio-system' } },
    {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: namespace, labels: { 'istio-injection': 'enabled' } },
    },
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: {
        name: 'istiod',
        namespace: 'istio-system',
        labels: {
          app: 'istiod',
          istio: 'pilot',
          'istio.io/rev': 'default',
          'app.kubernetes.io/version': '1.24.2',
        },
      },
      spec: {
        replicas: 1,
        selector: { matchLabels: { app: 'istiod' } },
        template: {
          metadata: { labels: { app: 'istiod', istio: 'pilot' } },
          spec: { containers: [{ name: 'discovery', image: 'docker.io/istio/pilot:1.24.2' }] },
        },
      },
    },
    meshedDeployment(namespace, service, 'v1'),
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: service, namespace, labels: { app: service } },
      spec: { selector: { app: service }, ports: [{ name: 'http', port: 8080, targetPort: 8080 }] },
    },
  ];
}

/** `<service>-<version>`: one replica with the Istio sidecar, labelled `app` and `version`. */
export function meshedDeployment(namespace: string, service: string, version: string): KubeObject {
  const labels = { app: service, version };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: `${service}-${version}`, namespace, labels },
    spec: {
      replicas: 1,
      selector: { matchLabels: labels },
      template: {
        metadata: { labels },
        spec: {
          serviceAccountName: service,
          containers: [
            { name: service, image: `example/${service}:${version}` },
            { name: 'istio-proxy', image: 'docker.io/istio/proxyv2:1.24.2' },
          ],
        },
      },
    },
  } as KubeObject;
}
