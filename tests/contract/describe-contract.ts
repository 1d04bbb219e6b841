import { applyContract } from './behaviours/apply-contract';
import { authContract } from './behaviours/auth-contract';
import { bookmarkContract } from './behaviours/bookmark-contract';
import { builtInObjectsContract } from './behaviours/built-in-objects-contract';
import { customResourceContract } from './behaviours/custom-resource-contract';
import { discoveryContract } from './behaviours/discovery-contract';
import { expiredWatchContract } from './behaviours/expired-watch-contract';
import { listContract } from './behaviours/list-contract';
import { watchContract } from './behaviours/watch-contract';
import { writeContract } from './behaviours/write-contract';
import { useContractContext } from './support/contract-context';
import { type GetContractTarget } from './support/contract-target';

const CONTRACT_TEST_TIMEOUT_MS = 45_000;

/**
 * The Kubernetes API behaviours Meshwork relies on, written once and run against every target: the
 * real kube-apiserver and libs/fleet-sim. `getTarget` is called inside hooks and tests only, so the
 * target may be started in the caller's beforeAll.
 */
export function describeContract(targetName: string, getTarget: GetContractTarget): void {
  // Per test, and never reached when all is well: the slowest contract waits (a CRD becoming served, a
  // bookmark before a watch's timeout) are bounded well below it.
  jest.setTimeout(CONTRACT_TEST_TIMEOUT_MS);
  describe(`Kubernetes API contract on ${targetName}`, () => {
    const ctx = useContractContext(getTarget);
    describe('discovery', () => discoveryContract(ctx));
    describe('list', () => listContract(ctx));
    describe('watch', () => watchContract(ctx));
    describe('bookmarks', () => bookmarkContract(ctx));
    describe('410 Gone', () => expiredWatchContract(ctx));
    describe('custom resources', () => customResourceContract(ctx));
    describe('writes', () => writeContract(ctx));
    describe('built-in objects', () => builtInObjectsContract(ctx));
    describe('server-side apply', () => applyContract(ctx));
    describe('authn and authz', () => authContract(ctx));
  });
}
