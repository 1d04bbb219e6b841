import { type KubeObject } from '@meshwork/adapters-core';
import { AccessAction, ClusterErrorCode, MtlsModeValue, PolicyEffectType } from '@meshwork/model';
import { discoverPrimary, fixtureObject, fixtureSnapshot, variant } from '../testing/fixtures';

const discover = (...extra: KubeObject[]) =>
  discoverPrimary(
    fixtureSnapshot('control-plane', 'emojivoto', 'policies')
      .add(...extra)
      .build(),
  ).result;
const policy = (id: string, ...extra: KubeObject[]) =>
  discover(...extra).policies.find((p) => p.id === id);
const VIZ_OR_VOTE_BOT = [
  { identities: ['vote-bot.emojivoto.serviceaccount.identity.linkerd.cluster.local'] },
  { namespaces: ['linkerd-viz'] },
];

describe('Linkerd authorization policies', () => {
  it('allows the identities of a MeshTLSAuthentication to reach the targeted Server port', () => {
    expect(policy('east/emojivoto/AuthorizationPolicy.policy.linkerd.io/emoji-grpc')).toMatchObject(
      {
        targets: [
          { type: 'WORKLOAD_SELECTOR', namespace: 'emojivoto', labels: { app: 'emoji-svc' } },
        ],
        effects: [
          {
            type: PolicyEffectType.ACCESS,
            action: AccessAction.ALLOW,
            rules: [
              {
                from: [
                  { identities: ['web.emojivoto.serviceaccount.identity.linkerd.cluster.local'] },
                ],
                to: [{ ports: [8080] }],
              },
            ],
          },
        ],
        unmodelled: [],
      },
    );
  });

  it('narrows a route-targeted policy to the route paths and methods on the Server port', () => {
    const found = policy('east/emojivoto/AuthorizationPolicy.policy.linkerd.io/web-api-clients');
    expect(found?.effects).toEqual([
      {
        type: PolicyEffectType.ACCESS,
        action: AccessAction.ALLOW,
        rules: [
          {
            from: VIZ_OR_VOTE_BOT,
            to: [
              { ports: [8080], paths: ['/api*'], methods: ['GET'] },
              { ports: [8080], paths: ['/api/vote'], methods: ['POST'] },
            ],
          },
        ],
      },
    ]);
  });

  it('reports the network restriction of a NetworkAuthentication as unmodelled', () => {
    expect(
      policy('east/emojivoto/AuthorizationPolicy.policy.linkerd.io/web-api-clients')?.unmodelled,
    ).toEqual(['spec.requiredAuthenticationRefs[1]']);
  });

  it('keeps a policy whose authentication is missing, admitting nobody, and reports why', () => {
    const dangling = variant(
      fixtureObject('policies', 'AuthorizationPolicy', 'emoji-grpc'),
      (p) => {
        (
          p.spec as { requiredAuthenticationRefs: { name: string }[] }
        ).requiredAuthenticationRefs[0]!.name = 'gone';
      },
    );
    const result = discover(dangling);
    const found = result.policies.find(
      (p) => p.id === 'east/emojivoto/AuthorizationPolicy.policy.linkerd.io/emoji-grpc',
    );
    expect(found?.effects).toEqual([
      { type: PolicyEffectType.ACCESS, action: AccessAction.ALLOW, rules: [] },
    ]);
    expect(result.errors).toEqual([
      expect.objectContaining({
        code: ClusterErrorCode.INVALID_OBJECT,
        resource: 'authorizationpolicies',
        name: 'emoji-grpc',
        message: expect.stringContaining('MeshTLSAuthentication emojivoto/gone does not exist'),
      }),
    ]);
  });

  it('targets the namespace for a namespace-wide policy', () => {
    const wide = variant(fixtureObject('policies', 'AuthorizationPolicy', 'emoji-grpc'), (p) => {
      p.metadata.name = 'namespace-wide';
      (p.spec as { targetRef: object }).targetRef = { kind: 'Namespace', name: 'emojivoto' };
    });
    expect(
      policy('east/emojivoto/AuthorizationPolicy.policy.linkerd.io/namespace-wide', wide)?.targets,
    ).toEqual([{ type: 'NAMESPACE', namespace: 'emojivoto' }]);
  });

  it('reads a ServerAuthorization, turning ServiceAccounts into identities and resolving named ports', () => {
    expect(
      policy('east/emojivoto/ServerAuthorization.policy.linkerd.io/voting-grpc'),
    ).toMatchObject({
      targets: [
        { type: 'WORKLOAD_SELECTOR', namespace: 'emojivoto', labels: { app: 'voting-svc' } },
      ],
      effects: [
        {
          type: PolicyEffectType.ACCESS,
          action: AccessAction.ALLOW,
          rules: [
            {
              from: [
                { identities: ['web.emojivoto.serviceaccount.identity.linkerd.cluster.local'] },
              ],
              to: [{ ports: [8080] }],
            },
          ],
        },
      ],
      unmodelled: ['spec.client.networks'],
    });
  });

  it('makes a denying Server that nobody authorizes admit nobody', () => {
    expect(policy('east/emojivoto/Server.policy.linkerd.io/web-admin')?.effects).toEqual([
      { type: PolicyEffectType.ACCESS, action: AccessAction.ALLOW, rules: [] },
    ]);
  });

  it('leaves access of an authorized Server to its authorizations', () => {
    expect(policy('east/emojivoto/Server.policy.linkerd.io/emoji-grpc')?.effects).toEqual([]);
    expect(policy('east/emojivoto/Server.policy.linkerd.io/web-http')?.effects).toEqual([]);
  });

  it('reads an authenticated Server access policy as STRICT mTLS on its port', () => {
    expect(policy('east/emojivoto/Server.policy.linkerd.io/emoji-metrics')?.effects).toEqual([
      { type: PolicyEffectType.MTLS_MODE, mode: MtlsModeValue.STRICT, side: 'SERVER', port: 8801 },
    ]);
  });
});

describe('default inbound policies', () => {
  it('reads the mesh-wide default from linkerd-config', () => {
    expect(
      policy('east/linkerd/DefaultInboundPolicy.config.linkerd.io/ConfigMap:linkerd-config'),
    ).toMatchObject({
      kind: 'ConfigMap',
      targets: [{ type: 'MESH' }],
      effects: [
        { type: PolicyEffectType.MTLS_MODE, mode: MtlsModeValue.PERMISSIVE, side: 'SERVER' },
      ],
    });
  });

  it('reads a namespace annotation, noting the cluster-network restriction', () => {
    expect(policy('east//DefaultInboundPolicy.config.linkerd.io/Namespace:booksapp')).toMatchObject(
      {
        targets: [{ type: 'NAMESPACE', namespace: 'booksapp' }],
        effects: [{ type: PolicyEffectType.MTLS_MODE, mode: MtlsModeValue.STRICT }],
        unmodelled: ["metadata.annotations['config.linkerd.io/default-inbound-policy']"],
      },
    );
  });

  it('reads a workload pod-template annotation for the workload pods', () => {
    const web = variant(fixtureObject('emojivoto', 'Deployment', 'web'), (d) => {
      const template = (
        d.spec as { template: { metadata: { annotations?: Record<string, string> } } }
      ).template;
      template.metadata.annotations = { 'config.linkerd.io/default-inbound-policy': 'deny' };
    });
    expect(
      policy('east/emojivoto/DefaultInboundPolicy.config.linkerd.io/Deployment:web', web),
    ).toMatchObject({
      targets: [{ type: 'WORKLOAD_SELECTOR', namespace: 'emojivoto', labels: { app: 'web-svc' } }],
      effects: [{ type: PolicyEffectType.ACCESS, action: AccessAction.ALLOW, rules: [] }],
    });
  });

  it('reports an unknown default policy value as an invalid object', () => {
    const ns = variant(fixtureObject('policies', 'Namespace', 'booksapp'), (n) => {
      n.metadata.annotations!['config.linkerd.io/default-inbound-policy'] = 'allow-everyone';
    });
    expect(discover(ns).errors).toEqual([
      expect.objectContaining({
        code: ClusterErrorCode.INVALID_OBJECT,
        resource: 'namespaces',
        name: 'booksapp',
        message: expect.stringContaining('unknown inbound policy "allow-everyone"'),
      }),
    ]);
  });
});
