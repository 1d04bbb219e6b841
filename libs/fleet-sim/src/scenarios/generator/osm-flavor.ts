import { type ClusterBuilder } from './cluster-builder';
import { type PodInjector } from './pod-injection';
import { stableUid } from './generated-names';
import { custom, evenWeights, type GeneratedService, type MeshFlavor } from './mesh-flavor';

const VERSION = 'v1.2.4';
const ENVOY = 'envoyproxy/envoy-distroless:v1.22.2';
const labels = (app: string) => ({
  app,
  meshName: 'osm',
  'app.kubernetes.io/name': 'openservicemesh.io',
  'app.kubernetes.io/instance': 'osm',
  'app.kubernetes.io/version': VERSION,
});

const inject: PodInjector = (pod) => {
  pod.spec.initContainers = [
    {
      name: 'osm-init',
      image: `openservicemesh/init:${VERSION}`,
      command: ['/bin/sh'],
      args: ['-c', 'iptables-restore --noflush < /etc/osm/iptables.rules'],
    },
  ];
  pod.spec.containers.push({
    name: 'envoy',
    image: ENVOY,
    command: ['envoy'],
    args: [
      '--log-level',
      'error',
      '--config-path',
      '/etc/envoy/bootstrap.yaml',
      '--service-cluster',
      `${pod.spec.serviceAccountName}.${pod.metadata.namespace}`,
    ],
    ports: [
      { containerPort: 15000, name: 'proxy-admin', protocol: 'TCP' },
      { containerPort: 15003, name: 'proxy-inbound', protocol: 'TCP' },
      { containerPort: 15010, name: 'proxy-metrics', protocol: 'TCP' },
    ],
  });
};

/** Open Service Mesh v1.2 (SMI), namespaces joined with sidecar injection on. */
export const osmFlavor: MeshFlavor = {
  mesh: 'osm',
  crdFiles: ['osm-smi'],
  splitsByService: true,
  inject,
  podLabels: (namespace, podName) => ({
    'osm-proxy-uuid': stableUid(`osm-proxy/${namespace}/${podName}`),
  }),
  controlPlane(b: ClusterBuilder) {
    b.namespace('osm-system', { 'openservicemesh.io/ignore': 'true' });
    for (const [name, sa] of [
      ['osm-controller', 'osm'],
      ['osm-injector', 'osm-injector'],
      ['osm-bootstrap', 'osm-bootstrap'],
    ] as const) {
      b.serviceAccount('osm-system', sa);
      b.deployment('osm-system', name, {
        labels: labels(name),
        selector: { app: name },
        replicas: 1,
        template: {
          labels: labels(name),
          spec: {
            serviceAccountName: sa,
            containers: [
              {
                name,
                image: `openservicemesh/${name}:${VERSION}`,
                args: ['--mesh-name', 'osm', '--osm-namespace', 'osm-system'],
              },
            ],
          },
        },
      });
    }
    b.add(
      custom('config.openservicemesh.io/v1alpha2', 'MeshConfig', 'osm-system', 'osm-mesh-config', {
        traffic: { enablePermissiveTrafficPolicyMode: false, enableEgress: true },
        certificate: { serviceCertValidityDuration: '24h' },
      }),
    );
  },
  appNamespace(b, name) {
    b.namespace(
      name,
      { 'openservicemesh.io/monitored-by': 'osm' },
      { 'openservicemesh.io/sidecar-injection': 'enabled' },
    );
  },
  policies(service: GeneratedService, caller: GeneratedService) {
    const weights = evenWeights(service.versionServices.length);
    const ns = service.namespace;
    const routes = `${service.name}-routes`;
    return [
      custom('split.smi-spec.io/v1alpha2', 'TrafficSplit', ns, service.name, {
        service: `${service.name}.${ns}`,
        backends: service.versionServices.map((name, i) => ({ service: name, weight: weights[i] })),
      }),
      custom('specs.smi-spec.io/v1alpha4', 'HTTPRouteGroup', ns, routes, {
        matches: [{ name: 'all', pathRegex: '.*', methods: ['*'] }],
      }),
      custom('access.smi-spec.io/v1alpha3', 'TrafficTarget', ns, service.name, {
        destination: { kind: 'ServiceAccount', name: service.serviceAccount, namespace: ns },
        rules: [{ kind: 'HTTPRouteGroup', name: routes, matches: ['all'] }],
        sources: [
          { kind: 'ServiceAccount', name: caller.serviceAccount, namespace: caller.namespace },
        ],
      }),
    ];
  },
};
