import { matchesLabelSelector } from '@meshwork/adapters-core';
import {
  type AccessOperation,
  type AccessPeer,
  AccessAction,
  PolicyEffectType,
} from '@meshwork/model';
import { LinkerdKinds } from '../linkerd-kinds';
import { type PolicyContext } from './policy-context';
import { type ServerObject, findServer, serverPort, serverTarget } from './servers';

/**
 * ServerAuthorizations (the pre-2.12 API, still served): the clients allowed to reach the Servers
 * named or selected. Identities are written as Linkerd identities; ServiceAccounts are turned into
 * theirs. Network restrictions have no model field and are reported as unmodelled.
 */
export function readServerAuthorizations(ctx: PolicyContext): void {
  ctx.readAll(LinkerdKinds.ServerAuthorization, (authz) => {
    const namespace = authz.metadata.namespace ?? '';
    if (!ctx.owns(namespace)) return undefined;
    const spec = authz.spec ?? {};
    const policy = ctx.policyFor(LinkerdKinds.ServerAuthorization, authz);
    const { name, selector } = spec.server ?? {};
    const servers: ServerObject[] = name
      ? [findServer(ctx, namespace, name)].filter((s): s is ServerObject => !!s)
      : selector
        ? ctx.snapshot
            .list(LinkerdKinds.Server, namespace)
            .filter((s) => matchesLabelSelector(selector, s.metadata.labels))
        : [];
    policy.targets.push(...servers.map(serverTarget));
    const to: AccessOperation[] = servers.flatMap((server) => {
      const port = serverPort(ctx, server);
      return port === undefined ? [] : [{ ports: [port] }];
    });
    const client = spec.client ?? {};
    const meshTls = client.meshTLS ?? {};
    const identities = [
      ...(meshTls.identities ?? []),
      ...(meshTls.serviceAccounts ?? []).map((sa) =>
        ctx.identity(sa.name ?? '', sa.namespace || namespace),
      ),
    ];
    const anyone = client.unauthenticated === true || meshTls.unauthenticatedTLS === true;
    const from: AccessPeer[] = !anyone && identities.length ? [{ identities }] : [];
    if (client.networks?.length) policy.unmodelled.push('spec.client.networks');
    policy.effects.push({
      type: PolicyEffectType.ACCESS,
      action: AccessAction.ALLOW,
      rules: [{ from, to }],
    });
    return policy;
  });
}
