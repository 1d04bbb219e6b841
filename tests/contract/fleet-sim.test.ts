import { KubeConfig } from '@kubernetes/client-node';
import { FleetSim } from '@meshwork/fleet-sim';
import { describeContract } from './describe-contract';
import { type ContractTarget } from './support/contract-target';

const CLUSTER = 'contract';

function kubeConfigOf(sim: FleetSim, readOnly: boolean): KubeConfig {
  const config = new KubeConfig();
  config.loadFromString(sim.kubeconfig({ readOnly }));
  config.setCurrentContext(CLUSTER);
  return config;
}

let sim: FleetSim | undefined;
let target: ContractTarget | undefined;

beforeAll(async () => {
  sim = await FleetSim.start({ clusters: [{ name: CLUSTER }] });
  const cluster = sim.cluster(CLUSTER);
  target = {
    admin: kubeConfigOf(sim, false),
    readOnly: kubeConfigOf(sim, true),
    traits: { validatesBuiltInSpecs: false },
    expireResourceVersion: async (seen) => {
      // What etcd compaction does: every revision before now can no longer be watched from.
      cluster.store.compact();
      return seen;
    },
  };
});

afterAll(async () => {
  await sim?.stop();
});

describeContract('libs/fleet-sim (simulated API server)', () => {
  if (target === undefined) throw new Error('the FleetSim did not start');
  return target;
});
