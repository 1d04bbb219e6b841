import { type AccessPeer } from '@meshwork/model';
import { LinkerdKinds, type ObjectReference } from '../linkerd-kinds';
import { InvalidObjectError } from './invalid-object';
import { type PolicyContext } from './policy-context';
import { isCoreGroup } from './route-parents';

/** The clients one authentication admits: peers (OR-ed), or anyone; plus what the model cannot say. */
export interface ResolvedAuthentication {
  /** Undefined = any client (the authentication restricts something the model has no field for). */
  peers?: AccessPeer[];
  unmodelled: boolean;
  /** The referenced object does not exist: Linkerd then authorizes nobody through the policy. */
  missing?: string;
}

function meshTlsPeers(
  ctx: PolicyContext,
  namespace: string,
  name: string,
): AccessPeer[] | undefined {
  const authn = ctx.snapshot.get(LinkerdKinds.MeshTLSAuthentication, namespace, name);
  if (!authn) return undefined;
  const identities = [...(authn.spec?.identities ?? [])];
  const namespaces: string[] = [];
  for (const ref of authn.spec?.identityRefs ?? []) {
    const refNamespace = ref.namespace || namespace;
    if (ref.kind === 'ServiceAccount') {
      // No name: every ServiceAccount in the namespace.
      identities.push(ctx.identity(ref.name ?? '*', refNamespace));
    } else if (ref.kind === 'Namespace' && ref.name) {
      namespaces.push(ref.name);
    }
  }
  const peers: AccessPeer[] = [];
  if (identities.length) peers.push({ identities });
  if (namespaces.length) peers.push({ namespaces });
  return peers;
}

/**
 * One `requiredAuthenticationRefs` entry (or a ServerAuthorization-style reference): a
 * MeshTLSAuthentication or a ServiceAccount names identities; a NetworkAuthentication restricts
 * source networks, which the model cannot express. An unknown kind throws; a missing object is
 * reported through `missing` so the caller can keep the policy (it admits nobody) and say why.
 */
export function resolveAuthentication(
  ctx: PolicyContext,
  ref: ObjectReference,
  policyNamespace: string,
  at: string,
): ResolvedAuthentication {
  const namespace = ref.namespace || policyNamespace;
  const name = ref.name ?? '';
  if (ref.kind === 'MeshTLSAuthentication' && ref.group === 'policy.linkerd.io') {
    const peers = meshTlsPeers(ctx, namespace, name);
    if (peers) return { peers, unmodelled: false };
    return { peers: [], unmodelled: false, missing: `MeshTLSAuthentication ${namespace}/${name}` };
  }
  if (ref.kind === 'ServiceAccount' && isCoreGroup(ref.group)) {
    return { peers: [{ identities: [ctx.identity(name, namespace)] }], unmodelled: false };
  }
  if (ref.kind === 'NetworkAuthentication' && ref.group === 'policy.linkerd.io') {
    if (!ctx.snapshot.get(LinkerdKinds.NetworkAuthentication, namespace, name)) {
      return {
        peers: [],
        unmodelled: false,
        missing: `NetworkAuthentication ${namespace}/${name}`,
      };
    }
    return { unmodelled: true };
  }
  throw new InvalidObjectError(
    at,
    `unsupported authentication ${ref.group ?? ''}/${ref.kind ?? ''}`,
  );
}
