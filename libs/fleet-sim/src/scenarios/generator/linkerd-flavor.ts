import { type ClusterBuilder } from './cluster-builder';
import { type PodInjector } from './pod-injection';
import { custom, evenWeights, type GeneratedService, type MeshFlavor } from './mesh-flavor';

const VERSION = 'edge-25.8.5';

const proxy = (native: boolean) => ({
  name: 'linkerd-proxy',
  image: `cr.l5d.io/linkerd/proxy:${VERSION}`,
  env: [
    {
      name: 'LINKERD2_PROXY_IDENTITY_LOCAL_NAME',
      value: '$(_pod_sa).$(_pod_ns).serviceaccount.identity.linkerd.cluster.local',
    },
  ],
  ports: [
    { containerPort: 4143, name: 'linkerd-proxy', protocol: 'TCP' },
    { containerPort: 4191, name: 'linkerd-admin', protocol: 'TCP' },
  ],
  ...(native ? { restartPolicy: 'Always' } : {}),
});
const init = {
  name: 'linkerd-init',
  image: 'cr.l5d.io/linkerd/proxy-init:v2.4.3',
  args: ['--incoming-proxy-port', '4143', '--outgoing-proxy-port', '4140', '--proxy-uid', '2102'],
};

// Every fourth workload runs the proxy as a native sidecar, as clusters migrating to it do.
const inject: PodInjector = (pod, owner) => {
  const native = owner.name.length % 4 === 0;
  pod.metadata.labels = {
    ...pod.metadata.labels,
    'linkerd.io/control-plane-ns': 'linkerd',
    'linkerd.io/proxy-deployment': owner.name,
    'linkerd.io/workload-ns': owner.namespace,
  };
  pod.metadata.annotations = {
    ...pod.metadata.annotations,
    'linkerd.io/created-by': `linkerd/proxy-injector ${VERSION}`,
    'linkerd.io/proxy-version': VERSION,
    'linkerd.io/inject': 'enabled',
  };
  if (native) pod.spec.initContainers = [init, proxy(true)];
  else {
    pod.spec.initContainers = [init];
    pod.spec.containers.unshift(proxy(false));
  }
};

/** Linkerd edge-25.8.5 with injection by namespace annotation. */
export const linkerdFlavor: MeshFlavor = {
  mesh: 'linkerd',
  crdFiles: ['linkerd'],
  splitsByService: true,
  inject,
  controlPlane(b: ClusterBuilder) {
    b.namespace(
      'linkerd',
      {
        'linkerd.io/is-control-plane': 'true',
        'linkerd.io/control-plane-ns': 'linkerd',
        'config.linkerd.io/admission-webhooks': 'disabled',
      },
      { 'linkerd.io/inject': 'disabled' },
    );
    for (const component of ['destination', 'identity', 'proxy-injector']) {
      const name = `linkerd-${component}`;
      b.serviceAccount('linkerd', name);
      const selector = {
        'linkerd.io/control-plane-component': component,
        'linkerd.io/control-plane-ns': 'linkerd',
      };
      const pods = b.deployment('linkerd', name, {
        labels: {
          ...selector,
          'app.kubernetes.io/name': component,
          'app.kubernetes.io/part-of': 'Linkerd',
          'app.kubernetes.io/version': VERSION,
        },
        selector,
        replicas: 1,
        template: {
          labels: {
            ...selector,
            'linkerd.io/proxy-deployment': name,
            'linkerd.io/workload-ns': 'linkerd',
          },
          annotations: {
            'linkerd.io/created-by': `linkerd/helm ${VERSION}`,
            'linkerd.io/proxy-version': VERSION,
          },
          spec: {
            serviceAccountName: name,
            initContainers: [init],
            containers: [
              proxy(false),
              {
                name: component,
                image: `cr.l5d.io/linkerd/controller:${VERSION}`,
                args: [component],
              },
            ],
          },
        },
      });
      b.service('linkerd', component === 'destination' ? 'linkerd-dst' : name, {
        selector,
        port: {
          name: 'grpc',
          port: component === 'destination' ? 8086 : 8080,
          targetPort: component === 'destination' ? 8086 : 8080,
        },
        pods,
      });
    }
    b.add({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: {
        name: 'linkerd-config',
        namespace: 'linkerd',
        labels: {
          'linkerd.io/control-plane-component': 'controller',
          'linkerd.io/control-plane-ns': 'linkerd',
        },
      },
      data: {
        values: `identityTrustDomain: cluster.local\nlinkerdVersion: ${VERSION}\nclusterDomain: cluster.local\n`,
      },
    });
  },
  appNamespace(b, name) {
    b.namespace(name, {}, { 'linkerd.io/inject': 'enabled' });
  },
  policies(service: GeneratedService, caller: GeneratedService) {
    const weights = evenWeights(service.versionServices.length);
    const clients = `${service.name}-clients`;
    return [
      custom('policy.linkerd.io/v1beta3', 'HTTPRoute', service.namespace, service.name, {
        parentRefs: [
          { group: 'core', kind: 'Service', name: service.name, port: service.port.port },
        ],
        rules: [
          {
            backendRefs: service.versionServices.map((name, i) => ({
              name,
              port: service.port.port,
              weight: weights[i],
            })),
            timeouts: { request: '5s' },
          },
        ],
      }),
      custom('policy.linkerd.io/v1beta3', 'Server', service.namespace, service.name, {
        podSelector: { matchLabels: { app: service.name } },
        port: service.port.name,
        proxyProtocol: 'HTTP/1',
      }),
      custom('policy.linkerd.io/v1alpha1', 'MeshTLSAuthentication', service.namespace, clients, {
        identityRefs: [
          { kind: 'ServiceAccount', name: caller.serviceAccount, namespace: caller.namespace },
        ],
      }),
      custom(
        'policy.linkerd.io/v1alpha1',
        'AuthorizationPolicy',
        service.namespace,
        `${service.name}-allow`,
        {
          targetRef: { group: 'policy.linkerd.io', kind: 'Server', name: service.name },
          requiredAuthenticationRefs: [
            { group: 'policy.linkerd.io', kind: 'MeshTLSAuthentication', name: clients },
          ],
        },
      ),
    ];
  },
};
