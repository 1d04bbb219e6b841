import { type ClusterBuilder } from './cluster-builder';
import { type PodInjector } from './pod-injection';
import {
  custom,
  evenWeights,
  fieldEnv,
  type GeneratedService,
  type MeshFlavor,
} from './mesh-flavor';

const VERSION = '1.24.6';
const PROXY_IMAGE = `docker.io/istio/proxyv2:${VERSION}`;
const STATUS = JSON.stringify({
  initContainers: ['istio-init'],
  containers: ['istio-proxy'],
  volumes: [
    'workload-socket',
    'credential-socket',
    'workload-certs',
    'istio-envoy',
    'istio-data',
    'istio-podinfo',
    'istio-token',
    'istiod-ca-cert',
  ],
  imagePullSecrets: null,
  revision: 'default',
});

const inject: PodInjector = (pod, owner) => {
  const labels = pod.metadata.labels;
  pod.metadata.labels = {
    ...labels,
    'security.istio.io/tlsMode': 'istio',
    'service.istio.io/canonical-name': labels['app'] ?? owner.name,
    'service.istio.io/canonical-revision': labels['version'] ?? 'latest',
  };
  pod.metadata.annotations = {
    ...pod.metadata.annotations,
    'sidecar.istio.io/status': STATUS,
    'prometheus.io/port': '15020',
    'prometheus.io/scrape': 'true',
    'prometheus.io/path': '/stats/prometheus',
  };
  pod.spec.initContainers = [
    {
      name: 'istio-init',
      image: PROXY_IMAGE,
      args: [
        'istio-iptables',
        '-p',
        '15001',
        '-z',
        '15006',
        '-u',
        '1337',
        '-m',
        'REDIRECT',
        '-i',
        '*',
        '-x',
        '',
        '-b',
        '*',
        '-d',
        '15090,15021,15020',
      ],
    },
  ];
  pod.spec.containers.push({
    name: 'istio-proxy',
    image: PROXY_IMAGE,
    args: ['proxy', 'sidecar', '--domain', '$(POD_NAMESPACE).svc.cluster.local'],
    env: [
      { name: 'ISTIO_META_WORKLOAD_NAME', value: owner.name },
      fieldEnv('POD_NAMESPACE', 'metadata.namespace'),
    ],
    ports: [{ containerPort: 15090, name: 'http-envoy-prom', protocol: 'TCP' }],
  });
};

/** Istio 1.24, default revision, sidecar injection by namespace label. */
export const istioFlavor: MeshFlavor = {
  mesh: 'istio',
  crdFiles: ['istio'],
  splitsByService: false,
  inject,
  controlPlane(b: ClusterBuilder) {
    b.namespace('istio-system', { 'topology.istio.io/network': `network-${b.cluster}` });
    b.serviceAccount('istio-system', 'istiod');
    const labels = {
      app: 'istiod',
      istio: 'pilot',
      'istio.io/rev': 'default',
      'app.kubernetes.io/version': VERSION,
      'operator.istio.io/component': 'Pilot',
    };
    const pods = b.deployment('istio-system', 'istiod', {
      labels,
      selector: { istio: 'pilot' },
      replicas: 2,
      template: {
        labels: {
          app: 'istiod',
          istio: 'pilot',
          'istio.io/rev': 'default',
          'sidecar.istio.io/inject': 'false',
        },
        spec: {
          serviceAccountName: 'istiod',
          containers: [
            {
              name: 'discovery',
              image: `docker.io/istio/pilot:${VERSION}`,
              args: ['discovery', '--monitoringAddr=:15014'],
              env: [
                { name: 'CLUSTER_ID', value: b.cluster },
                { name: 'REVISION', value: 'default' },
              ],
              ports: [
                { containerPort: 15010, name: 'grpc-xds', protocol: 'TCP' },
                { containerPort: 15014, name: 'http-monitoring', protocol: 'TCP' },
              ],
            },
          ],
        },
      },
    });
    b.service('istio-system', 'istiod', {
      labels: { app: 'istiod', istio: 'pilot' },
      selector: { istio: 'pilot' },
      port: { name: 'grpc-xds', port: 15010, targetPort: 15010 },
      pods,
    });
    b.add(
      {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: {
          name: 'istio',
          namespace: 'istio-system',
          labels: { 'istio.io/rev': 'default' },
        },
        data: {
          mesh: 'rootNamespace: istio-system\ntrustDomain: cluster.local\n',
          meshNetworks: 'networks: {}',
        },
      },
      custom('security.istio.io/v1', 'PeerAuthentication', 'istio-system', 'default', {
        mtls: { mode: 'STRICT' },
      }),
    );
  },
  appNamespace(b, name) {
    b.namespace(name, { 'istio-injection': 'enabled' });
  },
  policies(service: GeneratedService, caller: GeneratedService) {
    const host = `${service.name}.${service.namespace}.svc.cluster.local`;
    const weights = evenWeights(service.versions.length);
    return [
      custom('networking.istio.io/v1', 'DestinationRule', service.namespace, service.name, {
        host,
        trafficPolicy: {
          connectionPool: { tcp: { maxConnections: 100 } },
          outlierDetection: { consecutive5xxErrors: 5, interval: '10s', baseEjectionTime: '30s' },
        },
        subsets: service.versions.map((v) => ({ name: v, labels: { version: v } })),
      }),
      custom('networking.istio.io/v1', 'VirtualService', service.namespace, service.name, {
        hosts: [host],
        http: [
          {
            route: service.versions.map((v, i) => ({
              destination: { host, subset: v },
              weight: weights[i],
            })),
            timeout: '3s',
            retries: { attempts: 2, perTryTimeout: '1s' },
          },
        ],
      }),
      custom(
        'security.istio.io/v1',
        'AuthorizationPolicy',
        service.namespace,
        `${service.name}-allow`,
        {
          selector: { matchLabels: { app: service.name } },
          action: 'ALLOW',
          rules: [
            {
              from: [
                {
                  source: {
                    principals: [
                      `cluster.local/ns/${caller.namespace}/sa/${caller.serviceAccount}`,
                    ],
                  },
                },
              ],
            },
          ],
        },
      ),
    ];
  },
};
