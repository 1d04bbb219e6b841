import {
  type Capability,
  type CapabilityTable,
  type MeshKind,
  type PolicyEffectType,
} from '@meshwork/model';
import { type MeshAdapter } from './mesh-adapter';

/** An adapter's capability for one effect on one mesh kind; unsupported when the kind is not its own. */
export function capabilityOf(
  adapter: Pick<MeshAdapter, 'id' | 'capabilities'>,
  meshKind: MeshKind,
  effect: PolicyEffectType,
): Capability {
  const table: CapabilityTable | undefined = adapter.capabilities[meshKind];
  return table
    ? table[effect]
    : { supported: false, reason: `adapter ${adapter.id} does not handle ${meshKind}` };
}
