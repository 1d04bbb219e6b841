import { MtlsModeValue, PolicyEffectType } from '@meshwork/model';
import { ConsulKinds } from '../kube/consul-kinds';
import { readBoolean, readObject } from '../kube/field-readers';
import { type PolicyReader, newPolicy } from './policy-reader';
import { unhandledFields } from './unhandled-fields';

/**
 * Mesh `mesh`: unless `allowEnablingPermissiveMutualTLS` is true, Consul rejects any permissive
 * `mutualTLSMode`, so the whole mesh is held to STRICT. TLS versions, HTTP and peering settings have no
 * effect type.
 */
export const readMeshConfig: PolicyReader = (input) => {
  const policy = newPolicy(input, ConsulKinds.Mesh);
  const spec = readObject(input.object.spec, 'spec');
  policy.targets = [{ type: 'MESH' }];
  const allowPermissive = readBoolean(
    spec['allowEnablingPermissiveMutualTLS'],
    'spec.allowEnablingPermissiveMutualTLS',
  );
  if (!allowPermissive) {
    policy.effects.push({
      type: PolicyEffectType.MTLS_MODE,
      mode: MtlsModeValue.STRICT,
      side: 'SERVER',
    });
  }
  policy.unmodelled.push(...unhandledFields(spec, ['allowEnablingPermissiveMutualTLS'], 'spec'));
  return { policy };
};
