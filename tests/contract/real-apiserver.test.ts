import { clusterKubeConfig } from '../support/cluster-kube-config';
import { readControlPlaneState } from '../support/control-plane-state';
import { describeWithControlPlane } from '../support/describe-with-control-plane';
import { describeContract } from './describe-contract';
import { type ContractTarget } from './support/contract-target';

// The cluster of the run's shared control plane (tests/support/global-setup.ts) this suite writes to.
const CLUSTER = 'contract';

let target: ContractTarget | undefined;

describeWithControlPlane(`real kube-apiserver, cluster ${CLUSTER}`, () => {
  beforeAll(() => {
    const cluster = readControlPlaneState().cluster(CLUSTER);
    target = {
      admin: clusterKubeConfig(cluster, 'admin'),
      readOnly: clusterKubeConfig(cluster, 'readonly'),
      // The apiserver serves watches from its watch cache. For a custom resource that cache starts at the
      // etcd revision at which the CRD was established, long after revision 1 (the control plane's own
      // start writes hundreds), so a watch from "1" is always too old. Compacting the etcd that every
      // cluster of the run shares is not needed for that, and would not reach the watch cache anyway.
      traits: { validatesBuiltInSpecs: true },
      expireResourceVersion: () => Promise.resolve('1'),
    };
  });

  describeContract(`the real kube-apiserver (cluster ${CLUSTER})`, () => {
    if (target === undefined) throw new Error('the control plane state was not read');
    return target;
  });
});
