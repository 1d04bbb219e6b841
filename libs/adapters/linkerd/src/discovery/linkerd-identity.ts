import { IdentityScheme, type MeshIdentity } from '@meshwork/model';

/** `<sa>.<ns>.serviceaccount.identity.<control-plane ns>.<trust domain>`, as the identity service issues. */
export function linkerdIdentity(
  serviceAccount: string,
  namespace: string,
  controlPlaneNamespace: string,
  trustDomain: string,
): string {
  return `${serviceAccount}.${namespace}.serviceaccount.identity.${controlPlaneNamespace}.${trustDomain}`;
}

const IDENTITY = /^([^.]+)\.([^.]+)\.serviceaccount\.identity\.([^.]+)\.(.+)$/;

export interface ParsedIdentity {
  serviceAccount: string;
  namespace: string;
  controlPlaneNamespace: string;
  trustDomain: string;
}

export function parseLinkerdIdentity(value: string): ParsedIdentity | undefined {
  const match = IDENTITY.exec(value);
  if (!match) return undefined;
  const [, serviceAccount, namespace, controlPlaneNamespace, trustDomain] = match as unknown as [
    string,
    string,
    string,
    string,
    string,
  ];
  return { serviceAccount, namespace, controlPlaneNamespace, trustDomain };
}

/** The model identity for an identity string; undefined when the string is not a Linkerd identity. */
export function meshIdentityOf(value: string, meshId: string): MeshIdentity | undefined {
  const parsed = parseLinkerdIdentity(value);
  if (!parsed) return undefined;
  return {
    scheme: IdentityScheme.LINKERD,
    value,
    trustDomain: parsed.trustDomain,
    namespace: parsed.namespace,
    serviceAccount: parsed.serviceAccount,
    mesh: meshId,
  };
}
