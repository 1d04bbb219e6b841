import { capabilityOf } from '@meshwork/adapters-core';
import { ClusterErrorCode, MeshKind, PolicyEffectType } from '@meshwork/model';
import { discoverFixtures, fixtureSnapshot } from './__fixtures__/load-fixtures';
import { ConsulAdapter } from './consul-adapter';
import { ConsulKinds } from './kube/consul-kinds';

const adapter = new ConsulAdapter();

describe('ConsulAdapter', () => {
  it('declares a capability for every effect type, with a reason for what Consul cannot do', () => {
    for (const effect of Object.values(PolicyEffectType)) {
      expect(capabilityOf(adapter, MeshKind.CONSUL, effect)).toBeDefined();
    }
    expect(capabilityOf(adapter, MeshKind.CONSUL, PolicyEffectType.FAULT_INJECTION)).toEqual({
      supported: false,
      reason: expect.stringMatching(/no fault-injection setting/),
    });
    expect(capabilityOf(adapter, MeshKind.CONSUL, PolicyEffectType.MIRROR)).toEqual({
      supported: false,
      reason: expect.stringMatching(/cannot mirror traffic/),
    });
    expect(capabilityOf(adapter, MeshKind.CONSUL, PolicyEffectType.TRAFFIC_SPLIT)).toMatchObject({
      supported: true,
      via: expect.stringContaining('ServiceSplitter'),
    });
    expect(capabilityOf(adapter, MeshKind.ISTIO, PolicyEffectType.RETRY).supported).toBe(false);
  });

  it('marks every CRD it watches optional, so a cluster without them is normal', () => {
    const crds = adapter.watchedKinds.filter((k) => k.group === 'consul.hashicorp.com');
    expect(crds.map((k) => k.kind).sort()).toEqual(Object.keys(ConsulKinds).sort());
    expect(crds.every((k) => k.optional === true && k.version === 'v1alpha1')).toBe(true);
  });

  it('discovers the rest when a CRD is not installed', () => {
    const { discovery } = discoverFixtures(
      fixtureSnapshot('east', 'control-plane', 'shop-workloads', 'config-entries').withhold(
        ConsulKinds.ServiceRouter,
        ConsulKinds.ServiceIntentions,
      ),
    );
    const kinds = new Set(discovery.policies.map((p) => p.kind));
    expect(kinds.has('ServiceRouter')).toBe(false);
    expect(kinds.has('ServiceIntentions')).toBe(false);
    expect(kinds.has('ServiceSplitter')).toBe(true);
    // Only the entry Consul rejected (see the ServiceDefaults spec); nothing about the missing CRDs.
    expect(discovery.errors.map((e) => `${e.resource}/${e.name}`)).toEqual([
      'servicedefaults/billing',
    ]);
    expect(discovery.workloads.length).toBeGreaterThan(0);
  });

  it('reports each malformed object as an error and still reads the others', () => {
    const { discovery } = discoverFixtures(
      fixtureSnapshot('east', 'control-plane', 'shop-workloads', 'config-entries', 'malformed'),
    );
    expect(discovery.errors).toEqual([
      {
        cluster: 'east',
        code: ClusterErrorCode.INVALID_OBJECT,
        message: 'ServiceSplitter shop/checkout: spec.splits: expected a list, found a string',
        group: 'consul.hashicorp.com',
        resource: 'servicesplitters',
        namespace: 'shop',
        name: 'checkout',
      },
      expect.objectContaining({
        resource: 'servicerouters',
        name: 'checkout',
        message: expect.stringContaining('spec.routes[0].destination.requestTimeout: "soon"'),
      }),
      expect.objectContaining({ resource: 'servicedefaults', name: 'billing' }),
    ]);
    expect(discovery.policies.map((p) => `${p.kind}/${p.source.name}`)).toEqual(
      expect.arrayContaining(['ServiceSplitter/api', 'ServiceRouter/api', 'ServiceResolver/api']),
    );
  });

  it('leaves config entries in namespaces a release does not serve to the release that does', () => {
    const intentions = {
      apiVersion: 'consul.hashicorp.com/v1alpha1',
      kind: 'ServiceIntentions',
      metadata: { name: 'ledger', namespace: 'payments-b' },
      spec: { destination: { name: 'ledger' }, sources: [{ name: '*', action: 'deny' }] },
    };
    const builder = () =>
      fixtureSnapshot('east', 'control-plane', 'second-release', 'config-entries').add(intentions);
    const teamB = discoverFixtures(builder(), 'team-b-consul').discovery;
    expect(teamB.policies.map((p) => p.id)).toEqual([
      'east/payments-b/ServiceIntentions.consul.hashicorp.com/ledger',
    ]);
    expect(teamB.policies[0]?.targets).toEqual([{ type: 'HOST', host: 'ledger' }]);
    const consul = discoverFixtures(builder(), 'consul').discovery;
    expect(consul.policies.some((p) => p.source.name === 'ledger')).toBe(false);
    expect(consul.policies.some((p) => p.kind === 'ProxyDefaults')).toBe(true);
  });

  it('gives the same answer for the same snapshot', () => {
    const snapshot = fixtureSnapshot(
      'east',
      'control-plane',
      'shop-workloads',
      'config-entries',
      'peering',
    ).build();
    const [mesh] = adapter.detect(snapshot);
    if (!mesh) throw new Error('no mesh');
    expect(adapter.discover(snapshot, mesh)).toEqual(adapter.discover(snapshot, mesh));
    expect(adapter.detect(snapshot)).toEqual([mesh]);
  });

  it('returns an empty discovery for a mesh that is no longer in the snapshot', () => {
    const [mesh] = adapter.detect(fixtureSnapshot('east', 'control-plane').build());
    if (!mesh) throw new Error('no mesh');
    const discovery = adapter.discover(fixtureSnapshot('east', 'shop-workloads').build(), mesh);
    expect(discovery.workloads).toEqual([]);
    expect(discovery.services).toEqual([]);
  });
});
