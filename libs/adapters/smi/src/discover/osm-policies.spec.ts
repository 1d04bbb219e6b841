import { AccessAction, MtlsModeValue, PolicyEffectType } from '@meshwork/model';
import { discoverOsmFixture as discoverOsm, policyById as policy } from '../testing/discovery';
import { fixtureObject } from '../testing/fixtures';

describe('OSM policies', () => {
  const discovery = discoverOsm(['osm-bookstore']);

  it('reads the TrafficSplit as weights between resolved backend Services', () => {
    const split = policy(
      discovery,
      'east/bookstore/TrafficSplit.split.smi-spec.io/bookstore-split',
    );
    expect(split.source).toMatchObject({
      group: 'split.smi-spec.io',
      version: 'v1alpha2',
      kind: 'TrafficSplit',
    });
    expect(split.targets).toEqual([
      { type: 'SERVICE', service: 'east/bookstore/Service/bookstore' },
    ]);
    expect(split.effects).toEqual([
      {
        type: PolicyEffectType.TRAFFIC_SPLIT,
        backends: [
          { service: 'east/bookstore/Service/bookstore-v1', weight: 75 },
          { service: 'east/bookstore/Service/bookstore-v2', weight: 25 },
        ],
      },
    ]);
  });

  it('reads a TrafficTarget as ALLOW from source identities on the named routes', () => {
    const target = policy(discovery, 'east/bookstore/TrafficTarget.access.smi-spec.io/bookstore');
    expect(target.targets).toEqual([
      { type: 'SERVICE', service: 'east/bookstore/Service/bookstore' },
      { type: 'SERVICE', service: 'east/bookstore/Service/bookstore-v1' },
    ]);
    expect(target.effects).toEqual([
      {
        type: PolicyEffectType.ACCESS,
        action: AccessAction.ALLOW,
        rules: [
          {
            from: [{ identities: ['bookbuyer.bookbuyer.cluster.local'] }],
            to: [
              { paths: ['/books-bought'], methods: ['GET'] },
              { paths: ['.*a-book.*new'], methods: ['GET'] },
            ],
          },
        ],
      },
    ]);
    expect(target.unmodelled).toEqual([
      'spec.rules[0] (HTTPRouteGroup bookstore-service-routes match books-bought: headers)',
    ]);
  });

  it('reads a TCPRoute rule as the ports it lists', () => {
    const target = policy(
      discovery,
      'east/bookwarehouse/TrafficTarget.access.smi-spec.io/bookwarehouse',
    );
    expect(target.effects).toEqual([
      {
        type: PolicyEffectType.ACCESS,
        action: AccessAction.ALLOW,
        rules: [
          {
            from: [
              {
                identities: [
                  'bookstore.bookstore.cluster.local',
                  'bookstore-v2.bookstore.cluster.local',
                ],
              },
            ],
            to: [{ ports: [14001] }],
          },
        ],
      },
    ]);
  });

  it('reads a Retry with its attempts, per-try timeout and conditions, and flags the source scope', () => {
    const retry = policy(discovery, 'east/bookbuyer/Retry.policy.openservicemesh.io/retry');
    expect(retry.targets).toEqual([
      { type: 'SERVICE', service: 'east/bookstore/Service/bookstore' },
    ]);
    expect(retry.effects).toEqual([
      {
        type: PolicyEffectType.RETRY,
        attempts: 5,
        perTryTimeoutMs: 1000,
        on: ['5xx', 'connect-failure'],
      },
    ]);
    expect(retry.unmodelled).toEqual(['spec.source', 'spec.retryPolicy.retryBackoffBaseInterval']);
  });

  it('reads an UpstreamTrafficSetting as connection limits and reports rate limits as unmodelled', () => {
    const setting = policy(
      discovery,
      'east/bookstore/UpstreamTrafficSetting.policy.openservicemesh.io/bookstore-circuit-breaking',
    );
    expect(setting.targets).toEqual([
      { type: 'SERVICE', service: 'east/bookstore/Service/bookstore' },
    ]);
    expect(setting.effects).toEqual([
      {
        type: PolicyEffectType.CIRCUIT_BREAKER,
        maxConnections: 100,
        maxRequests: 200,
        maxPendingRequests: 50,
        maxRequestsPerConnection: 10,
        maxRetries: 3,
      },
    ]);
    expect(setting.unmodelled).toEqual([
      'spec.connectionSettings.tcp.connectTimeout',
      'spec.rateLimit',
    ]);
  });

  it('reads an Egress as ALLOW from its sources to external hosts and ports', () => {
    const egress = policy(
      discovery,
      'east/bookbuyer/Egress.policy.openservicemesh.io/httpbin-external',
    );
    expect(egress.targets).toEqual([{ type: 'HOST', host: 'httpbin.org' }]);
    expect(egress.effects).toEqual([
      {
        type: PolicyEffectType.ACCESS,
        action: AccessAction.ALLOW,
        rules: [
          {
            from: [{ identities: ['bookbuyer.bookbuyer.cluster.local'] }],
            to: [{ hosts: ['httpbin.org'], ports: [443] }],
          },
        ],
      },
    ]);
  });

  it('reads an IngressBackend as plain-text admission on the port and ALLOW for identified sources', () => {
    const ingress = policy(
      discovery,
      'east/bookstore/IngressBackend.policy.openservicemesh.io/bookstore-ingress',
    );
    expect(ingress.targets).toEqual([
      { type: 'SERVICE', service: 'east/bookstore/Service/bookstore-v1' },
    ]);
    expect(ingress.effects).toEqual([
      {
        type: PolicyEffectType.MTLS_MODE,
        mode: MtlsModeValue.PERMISSIVE,
        side: 'SERVER',
        port: 14001,
      },
      {
        type: PolicyEffectType.ACCESS,
        action: AccessAction.ALLOW,
        rules: [
          {
            from: [{ identities: ['ingress-nginx.ingress-nginx.cluster.local'] }],
            to: [{ ports: [14001] }],
          },
        ],
      },
    ]);
    expect(ingress.unmodelled).toEqual(['spec.sources[0] (Service ingress-nginx-controller)']);
  });

  it('reads the MeshConfig as mesh-wide STRICT mTLS and deny-by-default access', () => {
    const meshConfig = policy(
      discovery,
      'east/osm-system/MeshConfig.config.openservicemesh.io/osm-mesh-config',
    );
    expect(meshConfig.targets).toEqual([{ type: 'MESH' }]);
    expect(meshConfig.effects).toEqual([
      { type: PolicyEffectType.MTLS_MODE, mode: MtlsModeValue.STRICT, side: 'SERVER' },
      { type: PolicyEffectType.ACCESS, action: AccessAction.ALLOW, rules: [] },
    ]);
  });

  it('sorts policies by id', () => {
    const ids = discovery.policies.map((p) => p.id);
    expect(ids).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
  });
});

describe('OSM policies, MeshConfig switches', () => {
  it('allows everything mesh-wide in permissive traffic policy mode', () => {
    const meshConfig = fixtureObject('osm-control-plane', 'MeshConfig', 'osm-mesh-config');
    (meshConfig.spec as { traffic: Record<string, unknown> }).traffic[
      'enablePermissiveTrafficPolicyMode'
    ] = true;
    const discovery = discoverOsm([], { extra: [meshConfig] });
    const config = policy(
      discovery,
      'east/osm-system/MeshConfig.config.openservicemesh.io/osm-mesh-config',
    );
    expect(config.effects[1]).toEqual({
      type: PolicyEffectType.ACCESS,
      action: AccessAction.ALLOW,
      rules: [{ from: [], to: [] }],
    });
  });

  it('keeps Retry objects but gives them no effect while the retry feature flag is off', () => {
    const meshConfig = fixtureObject('osm-control-plane', 'MeshConfig', 'osm-mesh-config');
    (meshConfig.spec as { featureFlags: Record<string, unknown> }).featureFlags[
      'enableRetryPolicy'
    ] = false;
    const discovery = discoverOsm(['osm-bookstore'], { extra: [meshConfig] });
    const retry = policy(discovery, 'east/bookbuyer/Retry.policy.openservicemesh.io/retry');
    expect(retry.effects).toEqual([]);
    expect(retry.unmodelled).toContain(
      'spec (not enforced: MeshConfig spec.featureFlags.enableRetryPolicy is off)',
    );
  });
});

describe('OSM policies, less common shapes', () => {
  it('narrows an Egress to its HTTPRouteGroup routes and keeps IP ranges as destinations', () => {
    const routes = {
      apiVersion: 'specs.smi-spec.io/v1alpha4',
      kind: 'HTTPRouteGroup',
      metadata: { name: 'httpbin-get', namespace: 'bookbuyer' },
      spec: { matches: [{ name: 'get', pathRegex: '/get', methods: ['GET'] }] },
    };
    const egress = {
      apiVersion: 'policy.openservicemesh.io/v1alpha1',
      kind: 'Egress',
      metadata: { name: 'httpbin-get', namespace: 'bookbuyer' },
      spec: {
        sources: [{ kind: 'ServiceAccount', name: 'bookbuyer', namespace: 'bookbuyer' }],
        hosts: ['httpbin.org'],
        ipAddresses: ['10.0.0.0/24'],
        ports: [{ number: 80, protocol: 'http' }],
        matches: [
          { apiGroup: 'specs.smi-spec.io/v1alpha4', kind: 'HTTPRouteGroup', name: 'httpbin-get' },
          {
            apiGroup: 'policy.openservicemesh.io/v1alpha1',
            kind: 'UpstreamTrafficSetting',
            name: 'httpbin',
          },
        ],
      },
    };
    const discovery = discoverOsm(['osm-bookstore'], { extra: [routes, egress] });
    const policyRead = policy(
      discovery,
      'east/bookbuyer/Egress.policy.openservicemesh.io/httpbin-get',
    );
    expect(policyRead.targets).toEqual([
      { type: 'HOST', host: 'httpbin.org' },
      { type: 'HOST', host: '10.0.0.0/24' },
    ]);
    expect(policyRead.effects).toEqual([
      {
        type: PolicyEffectType.ACCESS,
        action: AccessAction.ALLOW,
        rules: [
          {
            from: [{ identities: ['bookbuyer.bookbuyer.cluster.local'] }],
            to: [
              {
                hosts: ['httpbin.org', '10.0.0.0/24'],
                ports: [80],
                paths: ['/get'],
                methods: ['GET'],
              },
            ],
          },
        ],
      },
    ]);
    expect(policyRead.unmodelled).toEqual(['spec.matches[1] (UpstreamTrafficSetting httpbin)']);
  });

  it('reads an https IngressBackend that validates client certificates as STRICT on its port', () => {
    const ingress = {
      apiVersion: 'policy.openservicemesh.io/v1alpha1',
      kind: 'IngressBackend',
      metadata: { name: 'bookstore-https', namespace: 'bookstore' },
      spec: {
        backends: [
          {
            name: 'bookstore-v2',
            port: { number: 14001, protocol: 'https' },
            tls: { skipClientCertValidation: false },
          },
        ],
        sources: [
          { kind: 'AuthenticatedPrincipal', name: 'osm-contour-envoy.osm-system.cluster.local' },
        ],
      },
    };
    const discovery = discoverOsm(['osm-bookstore'], { extra: [ingress] });
    const read = policy(
      discovery,
      'east/bookstore/IngressBackend.policy.openservicemesh.io/bookstore-https',
    );
    expect(read.effects[0]).toEqual({
      type: PolicyEffectType.MTLS_MODE,
      mode: MtlsModeValue.STRICT,
      side: 'SERVER',
      port: 14001,
    });
  });
});
