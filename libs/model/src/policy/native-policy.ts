import { type ObjectRef } from './object-ref';
import { type PolicyEffect } from './policy-effect';
import { type PolicyTarget } from './policy-target';

/** A mesh's own policy object (VirtualService, ServiceIntentions, HTTPRoute...) read as effects. */
export interface NativePolicy {
  /** `<cluster>/<namespace>/<Kind.group>/<name>` (see `qualifiedKind`). */
  id: string;
  cluster: string;
  /** Id of the mesh that enforces it. */
  mesh: string;
  /** The native kind, e.g. `VirtualService`. */
  kind: string;
  source: ObjectRef;
  targets: PolicyTarget[];
  effects: PolicyEffect[];
  /** Fields present in the object that no effect represents, as paths (`spec.http[0].corsPolicy`). */
  unmodelled: string[];
}
