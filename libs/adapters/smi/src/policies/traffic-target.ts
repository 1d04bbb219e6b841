import { type KubeObject } from '@meshwork/adapters-core';
import {
  AccessAction,
  type AccessOperation,
  type NativePolicy,
  PolicyEffectType,
} from '@meshwork/model';
import { type PolicyReader } from './read-policies';
import { type SmiPolicyContext } from './policy-context';
import { accessOperationOf } from './route-matches';
import { skipped } from './skipped';
import {
  InvalidSpecError,
  fieldsAt,
  listAt,
  optionalNumber,
  optionalString,
  stringAt,
  stringList,
} from './spec-reader';

const SERVICE_ACCOUNT = 'ServiceAccount';

/** Operations one rule allows; unresolvable parts are reported and allow nothing. */
function operationsOf(
  ctx: SmiPolicyContext,
  rule: Readonly<Record<string, unknown>>,
  path: string,
  namespace: string,
  policy: NativePolicy,
): AccessOperation[] {
  const kind = stringAt(rule['kind'], `${path}.kind`);
  const name = stringAt(rule['name'], `${path}.name`);
  const wanted = stringList(rule['matches'], `${path}.matches`);
  if (kind === 'TCPRoute') {
    const ports = ctx.routes.tcpPorts(namespace, name);
    if (!ports.found) return skipped(policy, `${path} (${ports.reason})`);
    return [ports.value.length ? { ports: ports.value } : {}];
  }
  if (kind !== 'HTTPRouteGroup') return skipped(policy, `${path} (${kind})`);
  const routes = ctx.routes.http(namespace, name);
  if (!routes.found) return skipped(policy, `${path} (${routes.reason})`);
  for (const missing of wanted.filter((m) => !routes.value.some((r) => r.name === m))) {
    policy.unmodelled.push(`${path}.matches (${missing} is not a match of HTTPRouteGroup ${name})`);
  }
  const selected = wanted.length
    ? routes.value.filter((r) => wanted.includes(r.name))
    : routes.value;
  for (const route of selected.filter((r) => Object.keys(r.headers).length)) {
    policy.unmodelled.push(`${path} (HTTPRouteGroup ${name} match ${route.name}: headers)`);
  }
  return selected.map(accessOperationOf);
}

/** v1alpha2's `destination.port` narrows every operation to that port. */
function restrictToPort(
  operations: AccessOperation[],
  port: number | undefined,
): AccessOperation[] {
  if (port === undefined) return operations;
  return operations.flatMap((op) =>
    op.ports && !op.ports.includes(port) ? [] : [{ ...op, ports: [port] }],
  );
}

function readTarget(
  ctx: SmiPolicyContext,
  object: KubeObject,
  policy: NativePolicy,
  enforced: boolean,
): void {
  const namespace = object.metadata.namespace ?? '';
  const spec = fieldsAt(object.spec, 'spec');
  const destination = fieldsAt(spec['destination'], 'spec.destination');
  const destinationKind = stringAt(destination['kind'], 'spec.destination.kind');
  if (destinationKind !== SERVICE_ACCOUNT) {
    throw new InvalidSpecError(
      `spec.destination.kind must be ServiceAccount, got ${destinationKind}`,
    );
  }
  const destinationName = stringAt(destination['name'], 'spec.destination.name');
  const destinationNamespace =
    optionalString(destination['namespace'], 'spec.destination.namespace') ?? namespace;
  const port = optionalNumber(destination['port'], 'spec.destination.port');

  const identities = listAt(spec['sources'], 'spec.sources').flatMap((item, i) => {
    const source = fieldsAt(item, `spec.sources[${i}]`);
    const kind = stringAt(source['kind'], `spec.sources[${i}].kind`);
    if (kind !== SERVICE_ACCOUNT) return skipped(policy, `spec.sources[${i}] (${kind})`);
    const sourceNamespace =
      optionalString(source['namespace'], `spec.sources[${i}].namespace`) ?? namespace;
    return [ctx.principal(sourceNamespace, stringAt(source['name'], `spec.sources[${i}].name`))];
  });
  const rules = listAt(spec['rules'], 'spec.rules');
  const operations = restrictToPort(
    rules.flatMap((item, i) =>
      operationsOf(ctx, fieldsAt(item, `spec.rules[${i}]`), `spec.rules[${i}]`, namespace, policy),
    ),
    port,
  );

  const services = ctx.services.runningAs(destinationNamespace, destinationName);
  policy.targets.push(
    ...(services.length
      ? services.map((service) => ({ type: 'SERVICE' as const, service }))
      : [{ type: 'HOST' as const, host: ctx.principal(destinationNamespace, destinationName) }]),
  );
  if (!enforced) {
    policy.unmodelled.push('spec (not enforced: Traefik Mesh runs without ACL mode, --acl)');
    return;
  }
  // An ALLOW with no rules allows nothing, which is what a target with no readable source or
  // route amounts to; an empty `from` or `to` would instead mean "anyone" or "anything".
  const allowsSomething = identities.length > 0 && operations.length > 0;
  policy.effects.push({
    type: PolicyEffectType.ACCESS,
    action: AccessAction.ALLOW,
    rules: allowsSomething ? [{ from: [{ identities }], to: operations }] : [],
  });
}

/**
 * SMI TrafficTarget → ALLOW from the source ServiceAccounts to the destination's Services, on the
 * routes its rules name. `enforced` is false for Traefik Mesh outside ACL mode, which ignores them.
 */
export function trafficTargetReader(enforced: boolean): PolicyReader {
  return (ctx, object, policy) => readTarget(ctx, object, policy, enforced);
}
