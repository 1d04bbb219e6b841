import {
  AccessAction,
  type AccessOperation,
  type AccessRule,
  PolicyEffectType,
} from '@meshwork/model';
import { ConsulKinds } from '../kube/consul-kinds';
import {
  type Fields,
  readList,
  readObject,
  readString,
  readStringList,
} from '../kube/field-readers';
import { InvalidObjectError } from '../kube/invalid-object-error';
import { serviceTargets } from './consul-refs';
import { readIntentionSource } from './intention-source';
import { type PolicyReader, newPolicy } from './policy-reader';
import { unhandledFields } from './unhandled-fields';

const SOURCE_FIELDS = [
  'name',
  'namespace',
  'peer',
  'partition',
  'samenessGroup',
  'action',
  'permissions',
  'description',
];

function readAction(value: unknown, path: string): AccessAction {
  const action = readString(value, path);
  if (action === 'allow') return AccessAction.ALLOW;
  if (action === 'deny') return AccessAction.DENY;
  throw new InvalidObjectError(path, `expected allow or deny, found ${action ?? 'nothing'}`);
}

/** An intention permission's `http` block as an operation; regex paths and headers are unmodelled. */
function readOperation(http: Fields, path: string, unmodelled: string[]): AccessOperation {
  const operation: AccessOperation = {};
  const exact = readString(http['pathExact'], `${path}.pathExact`);
  const prefix = readString(http['pathPrefix'], `${path}.pathPrefix`);
  if (exact !== undefined) operation.paths = [exact];
  // Prefix paths are written with a trailing `*`, as AuthorizationPolicy and AccessPolicy do.
  else if (prefix !== undefined) operation.paths = [`${prefix}*`];
  const methods = readStringList(http['methods'], `${path}.methods`);
  if (methods.length > 0) operation.methods = methods;
  unmodelled.push(...unhandledFields(http, ['pathExact', 'pathPrefix', 'methods'], path));
  return operation;
}

/**
 * ServiceIntentions: the destination service is the target; every source (or each of its L7
 * `permissions`) becomes a rule in one DENY and one ALLOW effect. Consul orders intentions by how
 * specific the source is, not by position, and an exact deny always beats a wildcard allow.
 */
export const readServiceIntentions: PolicyReader = (input) => {
  const policy = newPolicy(input, ConsulKinds.ServiceIntentions);
  const spec = readObject(input.object.spec, 'spec');
  const destination = readObject(spec['destination'], 'spec.destination');
  const name = readString(destination['name'], 'spec.destination.name');
  if (name === undefined) throw new InvalidObjectError('spec.destination.name', 'required');
  const namespace = readString(destination['namespace'], 'spec.destination.namespace');
  policy.targets = serviceTargets(input, name, namespace);
  const rules: Record<AccessAction, AccessRule[]> = {
    [AccessAction.DENY]: [],
    [AccessAction.ALLOW]: [],
  };
  readList(spec['sources'], 'spec.sources').forEach((raw, i) => {
    const path = `spec.sources[${i}]`;
    const source = readObject(raw, path);
    const peer = readIntentionSource(input, source, path);
    const from = peer ? [peer] : [];
    const permissions = readList(source['permissions'], `${path}.permissions`);
    if (permissions.length === 0) {
      rules[readAction(source['action'], `${path}.action`)].push({ from, to: [] });
    }
    permissions.forEach((rawPermission, j) => {
      const at = `${path}.permissions[${j}]`;
      const permission = readObject(rawPermission, at);
      const http = readObject(permission['http'], `${at}.http`);
      const operation = readOperation(http, `${at}.http`, policy.unmodelled);
      const to = Object.keys(operation).length > 0 ? [operation] : [];
      rules[readAction(permission['action'], `${at}.action`)].push({ from, to });
      policy.unmodelled.push(...unhandledFields(permission, ['action', 'http'], at));
    });
    policy.unmodelled.push(...unhandledFields(source, SOURCE_FIELDS, path));
  });
  for (const action of [AccessAction.DENY, AccessAction.ALLOW]) {
    if (rules[action].length > 0) {
      policy.effects.push({ type: PolicyEffectType.ACCESS, action, rules: rules[action] });
    }
  }
  policy.unmodelled.push(
    ...unhandledFields(destination, ['name', 'namespace'], 'spec.destination'),
    ...unhandledFields(spec, ['destination', 'sources'], 'spec'),
  );
  return { policy };
};
