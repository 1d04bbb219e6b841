import { type KubeObject, durationMs } from '@meshwork/adapters-core';
import {
  type HttpMatch,
  type NativePolicy,
  type PolicyEffect,
  PolicyEffectType,
  type RouteScope,
} from '@meshwork/model';
import { type PolicyContext } from './policy-context';

interface Destination {
  host: string;
  subset?: string;
  port?: { number?: number };
}
interface Percent {
  value?: number;
}
interface StringMatch {
  exact?: string;
  prefix?: string;
  regex?: string;
}
interface HttpMatchRequest extends Record<string, unknown> {
  uri?: StringMatch;
  method?: StringMatch;
  headers?: Record<string, StringMatch>;
}
interface HttpRoute extends Record<string, unknown> {
  name?: string;
  match?: HttpMatchRequest[];
  route?: { destination: Destination; weight?: number }[];
  timeout?: string;
  retries?: { attempts?: number; perTryTimeout?: string; retryOn?: string };
  fault?: {
    delay?: { fixedDelay?: string; percentage?: Percent; percent?: number };
    abort?: { httpStatus?: number; grpcStatus?: string; percentage?: Percent };
  };
  mirror?: Destination;
  mirrorPercentage?: Percent;
  mirrors?: { destination: Destination; percentage?: Percent }[];
}
export interface VirtualServiceSpec {
  hosts?: string[];
  gateways?: string[];
  http?: HttpRoute[];
  tcp?: unknown[];
  tls?: unknown[];
  exportTo?: string[];
}

/** Route fields we turn into effects or scopes; anything else on a route is reported as unmodelled. */
const MODELLED_ROUTE_FIELDS = new Set([
  'name',
  'match',
  'route',
  'timeout',
  'retries',
  'fault',
  'mirror',
  'mirrorPercentage',
  'mirrors',
]);
const MODELLED_MATCH_FIELDS = new Set(['uri', 'method', 'headers', 'name']);

/** Istio's own default when `percentage` is absent is "all requests". */
const percentOf = (p: Percent | undefined, legacy?: number): number => p?.value ?? legacy ?? 100;

export function readVirtualService(
  ctx: PolicyContext,
  policy: NativePolicy,
  object: KubeObject<VirtualServiceSpec>,
): NativePolicy {
  const spec = object.spec ?? {};
  const namespace = object.metadata.namespace ?? '';
  const backend = (d: Destination) => ({
    service: ctx.hosts.serviceOrHost(d.host, namespace),
    ...(d.subset && { subset: d.subset }),
    ...(d.port?.number !== undefined && { port: d.port.number }),
  });
  policy.targets = (spec.hosts ?? []).map((host) => ctx.hosts.target(host, namespace));
  if (spec.gateways?.length && !spec.gateways.includes('mesh'))
    policy.unmodelled.push('spec.gateways');
  if (spec.tcp?.length) policy.unmodelled.push('spec.tcp');
  if (spec.tls?.length) policy.unmodelled.push('spec.tls');

  (spec.http ?? []).forEach((http, index) => {
    const path = `spec.http[${index}]`;
    const route: RouteScope = {
      index,
      ...(http.name && { name: http.name }),
      matches: (http.match ?? []).map((m, j) =>
        readMatch(m, `${path}.match[${j}]`, policy.unmodelled),
      ),
    };
    for (const field of Object.keys(http)) {
      if (!MODELLED_ROUTE_FIELDS.has(field)) policy.unmodelled.push(`${path}.${field}`);
    }
    const add = (effect: PolicyEffect) => policy.effects.push({ ...effect, route });

    const destinations = http.route ?? [];
    if (destinations.length > 1 || destinations.some((d) => d.destination.subset)) {
      add({
        type: PolicyEffectType.TRAFFIC_SPLIT,
        backends: destinations.map((d) => ({
          ...backend(d.destination),
          weight: d.weight ?? (destinations.length === 1 ? 100 : 0),
        })),
      });
    }
    const timeout = durationMs(http.timeout);
    if (timeout !== undefined) add({ type: PolicyEffectType.TIMEOUT, ms: timeout });
    else if (http.timeout !== undefined) policy.unmodelled.push(`${path}.timeout`);

    if (http.retries) {
      const perTry = durationMs(http.retries.perTryTimeout);
      const on = http.retries.retryOn
        ?.split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      add({
        type: PolicyEffectType.RETRY,
        attempts: http.retries.attempts ?? 0,
        ...(perTry !== undefined && { perTryTimeoutMs: perTry }),
        ...(on && on.length > 0 && { on }),
      });
    }
    const { delay, abort } = http.fault ?? {};
    if (delay || abort) {
      const delayMs = durationMs(delay?.fixedDelay);
      if (delay && delayMs === undefined) policy.unmodelled.push(`${path}.fault.delay`);
      add({
        type: PolicyEffectType.FAULT_INJECTION,
        ...(delay &&
          delayMs !== undefined && {
            delay: { ms: delayMs, percent: percentOf(delay.percentage, delay.percent) },
          }),
        ...(abort && {
          abort: {
            ...(abort.httpStatus !== undefined && { httpStatus: abort.httpStatus }),
            ...(abort.grpcStatus !== undefined && { grpcStatus: abort.grpcStatus }),
            percent: percentOf(abort.percentage),
          },
        }),
      });
    }
    if (http.mirror) {
      add({
        type: PolicyEffectType.MIRROR,
        to: backend(http.mirror),
        percent: percentOf(http.mirrorPercentage),
      });
    }
    for (const mirror of http.mirrors ?? []) {
      add({
        type: PolicyEffectType.MIRROR,
        to: backend(mirror.destination),
        percent: percentOf(mirror.percentage),
      });
    }
  });
  return policy;
}

function readMatch(match: HttpMatchRequest, path: string, unmodelled: string[]): HttpMatch {
  for (const field of Object.keys(match)) {
    if (!MODELLED_MATCH_FIELDS.has(field)) unmodelled.push(`${path}.${field}`);
  }
  const result: HttpMatch = {};
  const uri = match.uri;
  if (uri?.exact !== undefined) result.path = { type: 'EXACT', value: uri.exact };
  else if (uri?.prefix !== undefined) result.path = { type: 'PREFIX', value: uri.prefix };
  else if (uri?.regex !== undefined) result.path = { type: 'REGEX', value: uri.regex };
  if (match.method?.exact) result.method = match.method.exact;
  else if (match.method) unmodelled.push(`${path}.method`);
  for (const [name, value] of Object.entries(match.headers ?? {})) {
    if (value.exact === undefined) {
      unmodelled.push(`${path}.headers.${name}`);
      continue;
    }
    result.headers = { ...result.headers, [name]: value.exact };
  }
  return result;
}
