import { type PolicyEffectType } from './policy-effect';

/** Whether a mesh can express one policy effect natively, and how or why not. */
export type Capability =
  { supported: true; via: string; notes?: string } | { supported: false; reason: string };

/** One entry per effect type, so the UI and planner can say "Linkerd cannot mirror" up front. */
export type CapabilityTable = Record<PolicyEffectType, Capability>;
