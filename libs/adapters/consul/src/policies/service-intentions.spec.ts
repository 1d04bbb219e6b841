import { AccessAction, PolicyEffectType } from '@meshwork/model';
import { discoverFixtures, fixtureSnapshot, policyNamed } from '../__fixtures__/load-fixtures';

const spiffe = (service: string) => `spiffe://unknown.consul/ns/default/dc/dc-east/svc/${service}`;

describe('ServiceIntentions', () => {
  const { discovery } = discoverFixtures(
    fixtureSnapshot('east', 'control-plane', 'shop-workloads', 'config-entries'),
  );
  const policy = policyNamed(discovery, 'ServiceIntentions', 'api');

  it('targets the destination service and records where it came from', () => {
    expect(policy).toMatchObject({
      id: 'east/shop/ServiceIntentions.consul.hashicorp.com/api',
      cluster: 'east',
      mesh: 'east/consul/Mesh/consul',
      targets: [{ type: 'SERVICE', service: 'east/shop/Service/api' }],
      source: {
        cluster: 'east',
        group: 'consul.hashicorp.com',
        version: 'v1alpha1',
        kind: 'ServiceIntentions',
        namespace: 'shop',
        name: 'api',
        uid: '3a1b2c3d-0000-4000-8000-000000000001',
      },
    });
  });

  it('collects deny sources, including the wildcard, into one DENY effect', () => {
    expect(policy.effects[0]).toEqual({
      type: PolicyEffectType.ACCESS,
      action: AccessAction.DENY,
      rules: [
        { from: [{ identities: [spiffe('billing')] }], to: [] },
        { from: [], to: [] },
      ],
    });
  });

  it('turns allow sources and L7 permissions into ALLOW rules with paths and methods', () => {
    expect(policy.effects[1]).toEqual({
      type: PolicyEffectType.ACCESS,
      action: AccessAction.ALLOW,
      rules: [
        { from: [{ identities: [spiffe('frontend')] }], to: [] },
        {
          from: [{ identities: [spiffe('billing')] }],
          to: [{ paths: ['/api/invoices/*'], methods: ['GET', 'PUT'] }],
        },
        { from: [{ identities: ['peer:west/ns/default/svc/web'] }], to: [] },
      ],
    });
  });

  it('uses the same identity string as the source workload presents', () => {
    const frontend = discovery.workloads.find((w) => w.name === 'frontend');
    const allow = policy.effects[1];
    const rules = allow?.type === PolicyEffectType.ACCESS ? allow.rules : [];
    expect(frontend?.identity?.value).toBeDefined();
    expect(rules[0]?.from[0]?.identities).toEqual([frontend?.identity?.value]);
  });

  it('reports a regex path condition as unmodelled', () => {
    expect(policy.unmodelled).toEqual(['spec.sources[1].permissions[1].http.pathRegex']);
  });

  it('turns a source with an unknown action into an error for that object only', () => {
    const bad = {
      apiVersion: 'consul.hashicorp.com/v1alpha1',
      kind: 'ServiceIntentions',
      metadata: { name: 'db', namespace: 'shop' },
      spec: { destination: { name: 'db' }, sources: [{ name: 'api', action: 'maybe' }] },
    };
    const { discovery: withBad } = discoverFixtures(
      fixtureSnapshot('east', 'control-plane', 'shop-workloads', 'config-entries').add(bad),
    );
    expect(withBad.errors.filter((e) => e.resource === 'serviceintentions')).toEqual([
      expect.objectContaining({
        code: 'INVALID_OBJECT',
        resource: 'serviceintentions',
        namespace: 'shop',
        name: 'db',
        message: expect.stringContaining('spec.sources[0].action: expected allow or deny'),
      }),
    ]);
    expect(withBad.policies.filter((p) => p.kind === 'ServiceIntentions')).toHaveLength(1);
  });
});
