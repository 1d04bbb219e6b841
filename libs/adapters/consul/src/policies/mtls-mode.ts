import { type MtlsModeEffect, MtlsModeValue, PolicyEffectType } from '@meshwork/model';
import { InvalidObjectError } from '../kube/invalid-object-error';
import { readString } from '../kube/field-readers';

/**
 * `mutualTLSMode` of ServiceDefaults/ProxyDefaults: "" inherits (no effect), `strict` or `permissive`.
 * It is what the service's proxy accepts, so the effect is server-side. Proxy-to-proxy traffic is
 * always mTLS; permissive only lets plaintext reach the service port in transparent-proxy mode.
 */
export function readMtlsMode(value: unknown, path: string): MtlsModeEffect | undefined {
  const mode = readString(value, path);
  if (mode === undefined) return undefined;
  switch (mode.toLowerCase()) {
    case 'strict':
      return { type: PolicyEffectType.MTLS_MODE, mode: MtlsModeValue.STRICT, side: 'SERVER' };
    case 'permissive':
      return { type: PolicyEffectType.MTLS_MODE, mode: MtlsModeValue.PERMISSIVE, side: 'SERVER' };
    default:
      throw new InvalidObjectError(path, `"${mode}" is not strict or permissive`);
  }
}
