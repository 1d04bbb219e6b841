import { CoreV1Api } from '@kubernetes/client-node';
import { ignoringStatus } from './api-failure';
import { type ContractTarget, type GetContractTarget } from './contract-target';
import { CrdInstaller } from './crd-installer';
import { uniqueName } from './unique-name';

/** What every contract behaviour gets: the target, this test's namespace, and the suite's CRDs. */
export interface ContractContext {
  target(): ContractTarget;
  /** A namespace made for the running test alone; deleted after it. */
  namespace(): string;
  readonly crds: CrdInstaller;
}

/**
 * Registers the hooks that give each test a fresh namespace (so tests never see each other's objects)
 * and remove the suite's CRDs at the end. Call inside the suite's `describe`.
 */
export function useContractContext(getTarget: GetContractTarget): ContractContext {
  let current: string | undefined;
  const crds = new CrdInstaller(() => getTarget().admin);

  beforeEach(async () => {
    const name = uniqueName('contract');
    await getTarget()
      .admin.makeApiClient(CoreV1Api)
      .createNamespace({
        body: { metadata: { name, labels: { 'app.kubernetes.io/part-of': 'meshwork-tests' } } },
      });
    current = name;
  });

  afterEach(async () => {
    const name = current;
    current = undefined;
    if (name === undefined) return;
    // A real apiserver without kube-controller-manager leaves it Terminating; its objects are then
    // unreachable for new writes, which is all the isolation the next tests need.
    await ignoringStatus(404, getTarget().admin.makeApiClient(CoreV1Api).deleteNamespace({ name }));
  });

  afterAll(async () => {
    await crds.removeCreated();
  });

  return {
    target: getTarget,
    namespace(): string {
      if (current === undefined) throw new Error('namespace() is only available inside a test');
      return current;
    },
    crds,
  };
}
