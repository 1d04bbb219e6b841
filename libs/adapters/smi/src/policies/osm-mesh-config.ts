import { type KubeObject } from '@meshwork/adapters-core';
import { AccessAction, MtlsModeValue, type NativePolicy, PolicyEffectType } from '@meshwork/model';
import { readOsmMeshSettings } from '../detect/osm-mesh-settings';
import { type SmiPolicyContext } from './policy-context';

/**
 * The mesh-wide defaults in MeshConfig `osm-mesh-config`:
 * - mTLS between sidecars is always on in OSM; no setting relaxes it, so the mode is STRICT.
 *   (`enablePermissiveTrafficPolicyMode` is about authorization, not mTLS.)
 * - permissive traffic policy mode allows every call in the mesh; without it access is denied
 *   unless a TrafficTarget allows it, which is an ALLOW with no rules that TrafficTargets add to.
 */
export function readOsmMeshConfig(
  _ctx: SmiPolicyContext,
  object: KubeObject,
  policy: NativePolicy,
): void {
  const settings = readOsmMeshSettings(object);
  policy.targets.push({ type: 'MESH' });
  policy.effects.push({
    type: PolicyEffectType.MTLS_MODE,
    mode: MtlsModeValue.STRICT,
    side: 'SERVER',
  });
  policy.effects.push({
    type: PolicyEffectType.ACCESS,
    action: AccessAction.ALLOW,
    rules: settings.permissiveTrafficPolicyMode ? [{ from: [], to: [] }] : [],
  });
  if (settings.enableEgress) policy.unmodelled.push('spec.traffic.enableEgress');
}
