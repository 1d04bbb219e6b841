import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyScenario, FleetSim, scenarioFleet, type ScenarioCluster } from '@meshwork/fleet-sim';
import { clusterKubeConfig } from '../support/cluster-kube-config';
import { isControlPlaneSkipped, readControlPlaneState } from '../support/control-plane-state';
import { discoveryDigest, type DiscoveryDigest } from '../support/discovery-digest';
import { eventually, startHubInProcess, type InProcessHub } from '../support/hub-in-process';
import { writeKubeconfig } from '../support/kubeconfig-file';

/**
 * The scenario fleet (Istio multi-primary pair, Linkerd with a Link and a mirror, Consul with peering,
 * OSM) discovered through the read-only identity must equal the reviewed expectation in
 * __expected__/scenario-discovery.json, on real kube-apiservers and on fleet-sim alike.
 * `MESHWORK_UPDATE_EXPECTED=1` rewrites the file from fleet-sim (review the diff before committing).
 */
const EXPECTED = join(__dirname, '__expected__', 'scenario-discovery.json');
const expected = (): DiscoveryDigest =>
  JSON.parse(readFileSync(EXPECTED, 'utf8')) as DiscoveryDigest;

async function settledDigest(hub: InProcessHub, clusters: number): Promise<DiscoveryDigest> {
  let previous = '';
  const { value } = await eventually(
    async () => {
      const digest = await discoveryDigest(hub);
      const text = JSON.stringify(digest);
      const done = digest.meshes.length >= clusters && text === previous;
      previous = text;
      return done ? digest : undefined;
    },
    60_000,
    'discovery to settle',
  );
  return value;
}

describe('discovery of the scenario fleet', () => {
  let fleet: ScenarioCluster[];

  beforeAll(async () => {
    fleet = await scenarioFleet();
  });

  it('on fleet-sim equals the expected meshes, services, workloads, policies and links', async () => {
    const sim = await FleetSim.start({ clusters: fleet });
    const kubeconfig = join(mkdtempSync(join(tmpdir(), 'meshwork-scenario-sim-')), 'kubeconfig');
    await sim.writeKubeconfig(kubeconfig, { readOnly: true });
    const hub = await startHubInProcess(kubeconfig);
    try {
      const digest = await settledDigest(hub, fleet.length);
      if (process.env.MESHWORK_UPDATE_EXPECTED === '1' || !existsSync(EXPECTED)) {
        writeFileSync(EXPECTED, `${JSON.stringify(digest, null, 2)}\n`);
      }
      expect(digest).toEqual(expected());
    } finally {
      await hub.stop();
      await sim.stop();
    }
  });

  (isControlPlaneSkipped() ? it.skip : it)(
    'on real kube-apiservers equals the same expectation',
    async () => {
      const state = readControlPlaneState();
      for (const cluster of fleet) {
        await applyScenario(
          clusterKubeConfig(state.cluster(cluster.name), 'admin'),
          cluster.objects ?? [],
        );
      }
      const kubeconfig = join(mkdtempSync(join(tmpdir(), 'meshwork-scenario-real-')), 'kubeconfig');
      writeKubeconfig(
        kubeconfig,
        fleet.map(({ name }) => {
          const c = state.cluster(name);
          return {
            context: name,
            cluster: name,
            server: c.server,
            caPem: c.caPem,
            user: `${name}-reader`,
            token: c.readOnlyToken,
          };
        }),
      );
      const hub = await startHubInProcess(kubeconfig);
      try {
        expect(await settledDigest(hub, fleet.length)).toEqual(expected());
      } finally {
        await hub.stop();
      }
    },
    180_000,
  );
});
