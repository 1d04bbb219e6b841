import { type KubeObject } from '@meshwork/adapters-core';
import {
  AccessAction,
  type AccessOperation,
  type NativePolicy,
  PolicyEffectType,
} from '@meshwork/model';
import { type SmiPolicyContext } from './policy-context';
import { accessOperationOf } from './route-matches';
import { skipped } from './skipped';
import {
  InvalidSpecError,
  fieldsAt,
  listAt,
  optionalList,
  optionalNumber,
  stringAt,
  stringList,
} from './spec-reader';

/**
 * The Egress `matches` naming HTTPRouteGroups narrow HTTP traffic to their routes. Other matches
 * (an UpstreamTrafficSetting for the egress host) narrow nothing and are reported.
 */
function routeOperations(
  ctx: SmiPolicyContext,
  spec: Readonly<Record<string, unknown>>,
  namespace: string,
  policy: NativePolicy,
): AccessOperation[] | undefined {
  const refs = optionalList(spec['matches'], 'spec.matches').map((item, i) => {
    const path = `spec.matches[${i}]`;
    const ref = fieldsAt(item, path);
    return {
      path,
      kind: stringAt(ref['kind'], `${path}.kind`),
      name: stringAt(ref['name'], `${path}.name`),
    };
  });
  for (const ref of refs.filter((r) => r.kind !== 'HTTPRouteGroup')) {
    policy.unmodelled.push(`${ref.path} (${ref.kind} ${ref.name})`);
  }
  const routeGroups = refs.filter((r) => r.kind === 'HTTPRouteGroup');
  if (!routeGroups.length) return undefined;
  return routeGroups.flatMap((ref) => {
    const routes = ctx.routes.http(namespace, ref.name);
    if (!routes.found) return skipped(policy, `${ref.path} (${routes.reason})`);
    return routes.value.map(accessOperationOf);
  });
}

/**
 * OSM Egress → ALLOW from the source ServiceAccounts to the listed external hosts, IP ranges and
 * ports. IP ranges are kept as hosts: the model has no CIDR field, and dropping them would widen
 * the rule to every destination.
 */
export function readEgress(ctx: SmiPolicyContext, object: KubeObject, policy: NativePolicy): void {
  const namespace = object.metadata.namespace ?? '';
  const spec = fieldsAt(object.spec, 'spec');
  const identities = listAt(spec['sources'], 'spec.sources').flatMap((item, i) => {
    const path = `spec.sources[${i}]`;
    const source = fieldsAt(item, path);
    const kind = stringAt(source['kind'], `${path}.kind`);
    if (kind !== 'ServiceAccount') return skipped(policy, `${path} (${kind})`);
    return [
      ctx.principal(
        stringAt(source['namespace'], `${path}.namespace`),
        stringAt(source['name'], `${path}.name`),
      ),
    ];
  });
  const hosts = [
    ...stringList(spec['hosts'], 'spec.hosts'),
    ...stringList(spec['ipAddresses'], 'spec.ipAddresses'),
  ];
  const ports = listAt(spec['ports'], 'spec.ports').map((item, i) => {
    const port = fieldsAt(item, `spec.ports[${i}]`);
    const number = optionalNumber(port['number'], `spec.ports[${i}].number`);
    if (number === undefined) throw new InvalidSpecError(`spec.ports[${i}].number is required`);
    return number;
  });
  const base: AccessOperation = {
    ...(hosts.length > 0 && { hosts }),
    ...(ports.length > 0 && { ports }),
  };
  const routes = routeOperations(ctx, spec, namespace, policy);
  const operations = routes ? routes.map((op) => ({ ...base, ...op })) : [base];
  policy.targets.push(...hosts.map((host) => ({ type: 'HOST' as const, host })));
  policy.effects.push({
    type: PolicyEffectType.ACCESS,
    action: AccessAction.ALLOW,
    rules:
      identities.length && operations.length ? [{ from: [{ identities }], to: operations }] : [],
  });
}
