import { type KubeConfig } from '@kubernetes/client-node';

/**
 * One API server the contract suite runs against. Everything else (namespaces, CRDs, objects) the suite
 * makes through the KubeConfigs, exactly as Meshwork would.
 */
export interface ContractTarget {
  /** An identity that may do everything (system:masters on the real apiserver). */
  readonly admin: KubeConfig;
  /** An identity bound to get/list/watch on every resource and nothing else. */
  readonly readOnly: KubeConfig;
  /**
   * Returns a resourceVersion that a watch on this target now answers with 410 Gone, and that is no
   * newer than `seen` (a list's resourceVersion from the current test).
   */
  expireResourceVersion(seen: string): Promise<string>;
  /** Where this target deliberately behaves unlike upstream; the tests that differ say so by name. */
  readonly traits: ContractTargetTraits;
}

export interface ContractTargetTraits {
  /**
   * Whether the specs of built-in kinds are validated (422 Invalid), as upstream's registry does.
   * fleet-sim checks names and CRDs only: its objects come from scenario files Meshwork wrote.
   */
  readonly validatesBuiltInSpecs: boolean;
}

export type GetContractTarget = () => ContractTarget;
