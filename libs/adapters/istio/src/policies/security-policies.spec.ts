import { AccessAction, MtlsModeValue, PolicyEffectType } from '@meshwork/model';
import { discoverFixture, policyById } from '../testing/discover-fixture';
import { principalToIdentity } from './authorization-policy';

const discovery = discoverFixture('bookinfo-sidecar');
const id = (ns: string, kind: string, name: string) =>
  `east/${ns}/${kind}.security.istio.io/${name}`;

describe('PeerAuthentication effects', () => {
  it('makes a selector-less policy in the root namespace mesh-wide', () => {
    const policy = policyById(discovery, id('istio-system', 'PeerAuthentication', 'default'));
    expect(policy.targets).toEqual([{ type: 'MESH' }]);
    expect(policy.effects).toEqual([
      { type: PolicyEffectType.MTLS_MODE, mode: MtlsModeValue.STRICT, side: 'SERVER' },
    ]);
  });

  it('skips UNSET (inherited) and reads port-level modes for selected workloads', () => {
    const policy = policyById(discovery, id('bookinfo', 'PeerAuthentication', 'ratings-metrics'));
    expect(policy.targets).toEqual([
      { type: 'WORKLOAD_SELECTOR', namespace: 'bookinfo', labels: { app: 'ratings' } },
    ]);
    expect(policy.effects).toEqual([
      {
        type: PolicyEffectType.MTLS_MODE,
        mode: MtlsModeValue.PERMISSIVE,
        side: 'SERVER',
        port: 9090,
      },
    ]);
  });
});

describe('AuthorizationPolicy effects', () => {
  it('reads ALLOW rules with principals as SPIFFE identities, and reports negations and conditions', () => {
    const policy = policyById(discovery, id('bookinfo', 'AuthorizationPolicy', 'reviews-viewer'));
    expect(policy.effects).toEqual([
      {
        type: PolicyEffectType.ACCESS,
        action: AccessAction.ALLOW,
        rules: [
          {
            from: [
              { identities: ['spiffe://east.example.com/ns/bookinfo/sa/bookinfo-productpage'] },
              { namespaces: ['monitoring'] },
            ],
            to: [{ ports: [9080], paths: ['/reviews/*'], methods: ['GET'] }],
          },
        ],
      },
    ]);
    expect(policy.unmodelled.sort()).toEqual([
      'spec.rules[0].from[1].source.notPrincipals',
      'spec.rules[0].when',
    ]);
  });

  it('turns serviceAccounts into identities in the mesh trust domain for DENY rules', () => {
    const policy = policyById(discovery, id('bookinfo', 'AuthorizationPolicy', 'deny-legacy'));
    expect(policy.targets).toEqual([{ type: 'NAMESPACE', namespace: 'bookinfo' }]);
    expect(policy.effects).toEqual([
      {
        type: PolicyEffectType.ACCESS,
        action: AccessAction.DENY,
        rules: [
          { from: [{ identities: ['spiffe://east.example.com/ns/legacy/sa/default'] }], to: [] },
        ],
      },
    ]);
  });

  it('reads an empty ALLOW policy in the root namespace as mesh-wide allow-nothing (deny all)', () => {
    const policy = policyById(discovery, id('istio-system', 'AuthorizationPolicy', 'deny-all'));
    expect(policy.targets).toEqual([{ type: 'MESH' }]);
    expect(policy.effects).toEqual([
      { type: PolicyEffectType.ACCESS, action: AccessAction.ALLOW, rules: [] },
    ]);
  });

  it('reports CUSTOM actions as unmodelled and resolves targetRefs to Services', () => {
    const policy = policyById(discovery, id('bookinfo', 'AuthorizationPolicy', 'ext-authz'));
    expect(policy.targets).toEqual([
      { type: 'SERVICE', service: 'east/bookinfo/Service/productpage' },
    ]);
    expect(policy.effects).toEqual([]);
    expect(policy.unmodelled).toEqual(['spec.action']);
  });

  it('keeps wildcard principals and existing SPIFFE URIs unchanged', () => {
    expect(principalToIdentity('*')).toBe('*');
    expect(principalToIdentity('spiffe://td/ns/a/sa/b')).toBe('spiffe://td/ns/a/sa/b');
    expect(principalToIdentity('td/ns/a/sa/b')).toBe('spiffe://td/ns/a/sa/b');
  });
});
