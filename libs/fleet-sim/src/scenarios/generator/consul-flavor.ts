import { type ClusterBuilder } from './cluster-builder';
import { type PodInjector } from './pod-injection';
import { custom, evenWeights, type GeneratedService, type MeshFlavor } from './mesh-flavor';

const CONSUL = '1.20.2';
const K8S = '1.6.2';
const helm = (component: string) => ({
  app: 'consul',
  chart: 'consul-helm',
  heritage: 'Helm',
  release: 'consul',
  component,
});

const inject: PodInjector = (pod) => {
  pod.metadata.labels = {
    ...pod.metadata.labels,
    'consul.hashicorp.com/connect-inject-status': 'injected',
    'consul.hashicorp.com/connect-inject-managed-by': 'consul-k8s-endpoints-controller',
  };
  pod.metadata.annotations = {
    ...pod.metadata.annotations,
    'consul.hashicorp.com/connect-inject-status': 'injected',
    'consul.hashicorp.com/consul-k8s-version': K8S,
    'consul.hashicorp.com/transparent-proxy-status': 'enabled',
  };
  pod.spec.initContainers = [
    {
      name: 'consul-connect-inject-init',
      image: `hashicorp/consul-k8s-control-plane:${K8S}`,
      command: [
        '/bin/sh',
        '-ec',
        `consul-k8s-control-plane connect-init -pod-name=\${POD_NAME} -pod-namespace=\${POD_NAMESPACE} -service-account-name="${pod.spec.serviceAccountName}"`,
      ],
    },
  ];
  pod.spec.containers.push({
    name: 'consul-dataplane',
    image: `hashicorp/consul-dataplane:${K8S}`,
    args: [
      '-addresses',
      'consul-server.consul.svc',
      '-grpc-port=8502',
      '-proxy-service-id-path=/consul/connect-inject/proxyid',
      `-log-level=info`,
    ],
  });
};

/** Consul 1.20 (consul-k8s 1.6), pods opt in by annotation. */
export const consulFlavor: MeshFlavor = {
  mesh: 'consul',
  crdFiles: ['consul'],
  splitsByService: false,
  inject,
  templateAnnotations: (version) => ({
    'consul.hashicorp.com/connect-inject': 'true',
    'consul.hashicorp.com/service-meta-version': version,
  }),
  controlPlane(b: ClusterBuilder) {
    b.namespace('consul');
    b.serviceAccount('consul', 'consul-server', helm('server'));
    b.serviceAccount('consul', 'consul-connect-injector', helm('connect-injector'));
    const server = helm('server');
    const pods = b.statefulSet('consul', 'consul-server', {
      labels: server,
      selector: { app: 'consul', chart: 'consul-helm', release: 'consul', component: 'server' },
      replicas: 3,
      template: {
        labels: {
          app: 'consul',
          chart: 'consul-helm',
          release: 'consul',
          component: 'server',
          hasDNS: 'true',
        },
        annotations: { 'consul.hashicorp.com/connect-inject': 'false' },
        spec: {
          serviceAccountName: 'consul-server',
          containers: [
            {
              name: 'consul',
              image: `hashicorp/consul:${CONSUL}`,
              ports: [
                { containerPort: 8501, name: 'https', protocol: 'TCP' },
                { containerPort: 8502, name: 'grpc', protocol: 'TCP' },
              ],
            },
          ],
        },
      },
    });
    b.service('consul', 'consul-server', {
      labels: server,
      selector: { app: 'consul', release: 'consul', component: 'server' },
      port: { name: 'grpc', port: 8502, targetPort: 8502 },
      pods,
    });
    const injector = helm('connect-injector');
    b.deployment('consul', 'consul-connect-injector', {
      labels: injector,
      selector: {
        app: 'consul',
        chart: 'consul-helm',
        release: 'consul',
        component: 'connect-injector',
      },
      replicas: 1,
      template: {
        labels: {
          app: 'consul',
          chart: 'consul-helm',
          release: 'consul',
          component: 'connect-injector',
        },
        annotations: { 'consul.hashicorp.com/connect-inject': 'false' },
        spec: {
          serviceAccountName: 'consul-connect-injector',
          containers: [
            {
              name: 'sidecar-injector',
              image: `hashicorp/consul-k8s-control-plane:${K8S}`,
              command: [
                '/bin/sh',
                '-ec',
                'consul-k8s-control-plane inject-connect -release-name="consul" -release-namespace="consul"',
              ],
            },
          ],
        },
      },
    });
  },
  appNamespace(b, name) {
    b.namespace(name);
  },
  policies(service: GeneratedService, caller: GeneratedService) {
    const weights = evenWeights(service.versions.length);
    const ns = service.namespace;
    return [
      custom('consul.hashicorp.com/v1alpha1', 'ServiceDefaults', ns, service.name, {
        protocol: 'http',
      }),
      custom('consul.hashicorp.com/v1alpha1', 'ServiceResolver', ns, service.name, {
        defaultSubset: service.versions[0],
        subsets: Object.fromEntries(
          service.versions.map((v) => [v, { filter: `Service.Meta.version == ${v}` }]),
        ),
      }),
      custom('consul.hashicorp.com/v1alpha1', 'ServiceSplitter', ns, service.name, {
        splits: service.versions.map((v, i) => ({ weight: weights[i], serviceSubset: v })),
      }),
      custom('consul.hashicorp.com/v1alpha1', 'ServiceIntentions', ns, service.name, {
        destination: { name: service.name },
        sources: [
          { name: caller.name, action: 'allow' },
          { name: '*', action: 'deny' },
        ],
      }),
    ];
  },
};
