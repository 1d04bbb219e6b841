import { type PolicyEffect, PolicyEffectType, type RouteScope } from '@meshwork/model';
import { parseDurationMs } from '../kube/duration';
import { ConsulKinds } from '../kube/consul-kinds';
import {
  type Fields,
  readBoolean,
  readList,
  readNumber,
  readObject,
  readStringList,
} from '../kube/field-readers';
import { backendRef, readServiceRef, serviceTargets } from './consul-refs';
import { readHttpMatch } from './http-match';
import { type PolicyInput, type PolicyReader, newPolicy } from './policy-reader';
import { unhandledFields } from './unhandled-fields';

const DESTINATION_FIELDS = [
  'service',
  'serviceSubset',
  'namespace',
  'partition',
  'requestTimeout',
  'numRetries',
  'retryOn',
  'retryOnStatusCodes',
  'retryOnConnectFailure',
];

/**
 * ServiceRouter `<service>`: each `spec.routes[i]` is a route scope (first match wins). Its destination
 * becomes a one-backend TRAFFIC_SPLIT when it sends traffic elsewhere (another service or a subset),
 * a TIMEOUT from `requestTimeout`, and a RETRY from `numRetries` and the `retryOn*` conditions.
 */
export const readServiceRouter: PolicyReader = (input) => {
  const policy = newPolicy(input, ConsulKinds.ServiceRouter);
  const spec = readObject(input.object.spec, 'spec');
  policy.targets = serviceTargets(input, input.object.metadata.name);
  readList(spec['routes'], 'spec.routes').forEach((raw, index) => {
    const path = `spec.routes[${index}]`;
    const route = readObject(raw, path);
    const match = readObject(route['match'], `${path}.match`);
    const http = readHttpMatch(
      readObject(match['http'], `${path}.match.http`),
      `${path}.match.http`,
    );
    const scope: RouteScope = { index, matches: http.matches };
    const destination = readObject(route['destination'], `${path}.destination`);
    policy.effects.push(...destinationEffects(input, destination, `${path}.destination`, scope));
    policy.unmodelled.push(
      ...http.unmodelled,
      ...unhandledFields(match, ['http'], `${path}.match`),
      ...unhandledFields(destination, DESTINATION_FIELDS, `${path}.destination`),
    );
  });
  policy.unmodelled.push(...unhandledFields(spec, ['routes'], 'spec'));
  return { policy };
};

function destinationEffects(
  input: PolicyInput,
  destination: Fields,
  path: string,
  route: RouteScope,
): PolicyEffect[] {
  const effects: PolicyEffect[] = [];
  const ref = readServiceRef(destination, path);
  if (ref.service !== undefined || ref.serviceSubset !== undefined) {
    effects.push({
      type: PolicyEffectType.TRAFFIC_SPLIT,
      route,
      backends: [{ ...backendRef(input, ref, input.object.metadata.name), weight: 100 }],
    });
  }
  const timeoutMs = parseDurationMs(destination['requestTimeout'], `${path}.requestTimeout`);
  if (timeoutMs !== undefined && timeoutMs > 0) {
    effects.push({ type: PolicyEffectType.TIMEOUT, route, ms: timeoutMs });
  }
  const numRetries = readNumber(destination['numRetries'], `${path}.numRetries`) ?? 0;
  const on = [
    ...(readBoolean(destination['retryOnConnectFailure'], `${path}.retryOnConnectFailure`)
      ? ['connect-failure']
      : []),
    ...readStringList(destination['retryOn'], `${path}.retryOn`),
    ...readList(destination['retryOnStatusCodes'], `${path}.retryOnStatusCodes`).map((code, i) =>
      String(readNumber(code, `${path}.retryOnStatusCodes[${i}]`)),
    ),
  ];
  if (numRetries > 0 || on.length > 0) {
    // Envoy retries once when only conditions are given (its num_retries default).
    effects.push({
      type: PolicyEffectType.RETRY,
      route,
      attempts: numRetries > 0 ? numRetries : 1,
      ...(on.length > 0 && { on }),
    });
  }
  return effects;
}
