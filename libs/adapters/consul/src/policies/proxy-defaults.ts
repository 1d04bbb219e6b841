import { ConsulKinds } from '../kube/consul-kinds';
import { readObject } from '../kube/field-readers';
import { readMtlsMode } from './mtls-mode';
import { type PolicyReader, newPolicy } from './policy-reader';
import { unhandledFields } from './unhandled-fields';

/**
 * ProxyDefaults `global`: mesh-wide proxy settings. `mutualTLSMode` → MTLS_MODE for every proxy; the
 * proxy `mode` (direct/transparent), raw Envoy `config`, access logs and extensions have no effect type.
 */
export const readProxyDefaults: PolicyReader = (input) => {
  const policy = newPolicy(input, ConsulKinds.ProxyDefaults);
  const spec = readObject(input.object.spec, 'spec');
  policy.targets = [{ type: 'MESH' }];
  const mtls = readMtlsMode(spec['mutualTLSMode'], 'spec.mutualTLSMode');
  if (mtls) policy.effects.push(mtls);
  policy.unmodelled.push(...unhandledFields(spec, ['mutualTLSMode'], 'spec'));
  return { policy };
};
