import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FleetSim } from '@meshwork/fleet-sim';
import { eventually, startHubInProcess, type InProcessHub } from '../support/hub-in-process';
import { minimalIstio } from '../support/istio-objects';

/**
 * Watch expiry, which a real apiserver only produces after etcd compaction: fleet-sim compacts its
 * event history on demand, so the hub's reconnecting watches get 410 Gone and must re-list.
 */
describe('the hub after its watches expire (fleet-sim: compaction on demand)', () => {
  let sim: FleetSim;
  let hub: InProcessHub;
  const serviceIds = async () => {
    const { services } = await hub.graphql<{ services: { nodes: Array<{ id: string }> } }>(
      '{ services(first: 1000) { nodes { id } } }',
    );
    return services.nodes.map((s) => s.id).sort();
  };

  beforeAll(async () => {
    sim = await FleetSim.start({ clusters: [{ name: 'gamma', objects: minimalIstio() as never }] });
    const kubeconfig = join(mkdtempSync(join(tmpdir(), 'meshwork-resync-')), 'kubeconfig');
    await sim.writeKubeconfig(kubeconfig, { readOnly: true });
    hub = await startHubInProcess(kubeconfig, { clusterTimeoutMs: 1_000, clusterRetryMs: 1_000 });
    await eventually(
      async () => ((await serviceIds()).includes('gamma/shop/Service/cart') ? true : undefined),
      20_000,
      'the first sync',
    );
  }, 60_000);

  afterAll(async () => {
    await hub?.stop();
    await sim?.stop();
  });

  it('re-lists after 410 Gone and ends with exactly the objects the cluster has', async () => {
    const cluster = sim.cluster('gamma');
    await cluster.pause();
    // Changes the hub cannot see while its watches are down, then history it can no longer replay.
    cluster.store.create({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'checkout', namespace: 'shop', labels: { app: 'cart' } },
      spec: { selector: { app: 'cart' }, ports: [{ port: 80 }] },
    } as never);
    cluster.store.delete('v1', 'Service', 'cart', 'shop');
    cluster.store.compact();
    await cluster.resume();

    const { value } = await eventually(
      async () => {
        const ids = await serviceIds();
        return ids.includes('gamma/shop/Service/checkout') &&
          !ids.includes('gamma/shop/Service/cart')
          ? ids
          : undefined;
      },
      20_000,
      'the re-listed state',
    );
    expect(value).toEqual(['gamma/shop/Service/checkout']);
  });
});
