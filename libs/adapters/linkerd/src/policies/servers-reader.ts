import { AccessAction, PolicyEffectType } from '@meshwork/model';
import { LinkerdKinds } from '../linkerd-kinds';
import { inboundDefaultEffects } from './default-inbound-policy';
import { type PolicyContext } from './policy-context';
import { serverPort, serverTarget } from './servers';

/**
 * Servers: a port of some pods that Linkerd governs by explicit policy. What it admits without a
 * matching authorization is its `accessPolicy` (v1beta3; `deny` before). A denying Server nobody
 * authorizes admits nobody: an ALLOW with no rules. The model cannot scope that to one port, so it
 * reads as the whole workload; Servers with authorizations leave access to those authorizations.
 */
export function readServers(ctx: PolicyContext, authorized: ReadonlySet<string>): void {
  ctx.readAll(LinkerdKinds.Server, (server) => {
    const namespace = server.metadata.namespace ?? '';
    if (!ctx.owns(namespace)) return undefined;
    const spec = server.spec ?? {};
    const policy = ctx.policyFor(LinkerdKinds.Server, server);
    policy.targets.push(serverTarget(server));
    if (spec.podSelector?.matchExpressions?.length) {
      policy.unmodelled.push('spec.podSelector.matchExpressions');
    }
    if (spec.externalWorkloadSelector) policy.unmodelled.push('spec.externalWorkloadSelector');
    if (spec.proxyProtocol && spec.proxyProtocol !== 'unknown')
      policy.unmodelled.push('spec.proxyProtocol');
    const port = serverPort(ctx, server);
    if (port === undefined) policy.unmodelled.push('spec.port');
    const access = spec.accessPolicy ?? 'deny';
    if (access === 'deny') {
      if (!authorized.has(`${namespace}/${server.metadata.name}`)) {
        policy.effects.push({
          type: PolicyEffectType.ACCESS,
          action: AccessAction.ALLOW,
          rules: [],
        });
      }
    } else {
      policy.effects.push(...inboundDefaultEffects(access, 'spec.accessPolicy', port));
      if (access.startsWith('cluster-')) policy.unmodelled.push('spec.accessPolicy');
    }
    return policy;
  });
}
