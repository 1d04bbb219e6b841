import { type KubeObject } from '@meshwork/adapters-core';
import { AccessAction, MtlsModeValue, type NativePolicy, PolicyEffectType } from '@meshwork/model';
import { type SmiPolicyContext } from './policy-context';
import { skipped } from './skipped';
import {
  InvalidSpecError,
  fieldsAt,
  listAt,
  optionalBoolean,
  optionalFields,
  optionalList,
  optionalNumber,
  stringAt,
} from './spec-reader';

/**
 * What a backend port accepts from the ingress: `https` with client certificates validated is mTLS
 * (STRICT); plain protocols, or TLS without client validation, admit non-mesh clients (PERMISSIVE).
 * Mesh traffic to the port stays mTLS either way.
 */
function mtlsModeOf(protocol: string, skipClientCertValidation: boolean): MtlsModeValue {
  return protocol.toLowerCase() === 'https' && !skipClientCertValidation
    ? MtlsModeValue.STRICT
    : MtlsModeValue.PERMISSIVE;
}

/**
 * OSM IngressBackend → ALLOW from the ingress sources to the backend ports, and the mTLS mode each
 * backend port accepts ingress traffic with. Sources matched by IP (kinds Service and IPRange)
 * cannot be expressed as identities and are reported as unmodelled.
 */
export function readIngressBackend(
  ctx: SmiPolicyContext,
  object: KubeObject,
  policy: NativePolicy,
): void {
  const namespace = object.metadata.namespace ?? '';
  const spec = fieldsAt(object.spec, 'spec');
  const ports: number[] = [];
  listAt(spec['backends'], 'spec.backends').forEach((item, i) => {
    const path = `spec.backends[${i}]`;
    const backend = fieldsAt(item, path);
    const port = fieldsAt(backend['port'], `${path}.port`);
    const number = optionalNumber(port['number'], `${path}.port.number`);
    if (number === undefined) throw new InvalidSpecError(`${path}.port.number is required`);
    const protocol = stringAt(port['protocol'], `${path}.port.protocol`);
    const tls = optionalFields(backend['tls'], `${path}.tls`);
    const skip = optionalBoolean(
      tls?.['skipClientCertValidation'],
      `${path}.tls.skipClientCertValidation`,
    );
    policy.targets.push(
      ctx.services.resolve(stringAt(backend['name'], `${path}.name`), namespace).target,
    );
    ports.push(number);
    policy.effects.push({
      type: PolicyEffectType.MTLS_MODE,
      mode: mtlsModeOf(protocol, skip ?? false),
      side: 'SERVER',
      port: number,
    });
    if (tls?.['sniHosts'] !== undefined) policy.unmodelled.push(`${path}.tls.sniHosts`);
  });
  const identities = listAt(spec['sources'], 'spec.sources').flatMap((item, i) => {
    const path = `spec.sources[${i}]`;
    const source = fieldsAt(item, path);
    const kind = stringAt(source['kind'], `${path}.kind`);
    const name = stringAt(source['name'], `${path}.name`);
    return kind === 'AuthenticatedPrincipal'
      ? [name]
      : skipped(policy, `${path} (${kind} ${name})`);
  });
  if (optionalList(spec['matches'], 'spec.matches').length) policy.unmodelled.push('spec.matches');
  // Only identified sources make a rule; an empty `from` or `to` would mean anyone or anything.
  if (identities.length && ports.length) {
    policy.effects.push({
      type: PolicyEffectType.ACCESS,
      action: AccessAction.ALLOW,
      rules: [{ from: [{ identities }], to: [{ ports }] }],
    });
  }
}
