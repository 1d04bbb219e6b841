import { CoreKinds, type KubeService } from '@meshwork/adapters-core';
import { type NativePolicy, PolicyEffectType, qualifiedKind } from '@meshwork/model';
import { TraefikMeshConventions as TM } from '../kube/traefik-mesh-conventions';
import { invalidObject } from './invalid-object';
import { type PolicyReadResult } from './read-policies';
import { type SmiPolicyContext } from './policy-context';
import { InvalidSpecError } from './spec-reader';

export const TRAFFIC_TYPES = ['http', 'tcp', 'udp'] as const;

/** The annotation value and its full key, trying the current prefix before the Maesh-era one. */
export function traefikMeshAnnotation(
  service: KubeService,
  name: string,
): { key: string; value: string } | undefined {
  const annotations = service.metadata.annotations ?? {};
  for (const prefix of TM.annotationPrefixes) {
    const value = annotations[`${prefix}${name}`];
    if (value !== undefined) return { key: `${prefix}${name}`, value };
  }
  return undefined;
}

const annotationPath = (key: string) => `metadata.annotations["${key}"]`;

function readServiceAnnotations(service: KubeService, policy: NativePolicy): void {
  const trafficType = traefikMeshAnnotation(service, 'traffic-type');
  if (trafficType && !TRAFFIC_TYPES.some((t) => t === trafficType.value)) {
    throw new InvalidSpecError(
      `${trafficType.key} must be http, tcp or udp, got ${trafficType.value}`,
    );
  }
  const retry = traefikMeshAnnotation(service, 'retry-attempts');
  if (retry) {
    if (!/^\d+$/.test(retry.value.trim())) {
      throw new InvalidSpecError(
        `${retry.key} must be a whole number, got ${JSON.stringify(retry.value)}`,
      );
    }
    policy.effects.push({ type: PolicyEffectType.RETRY, attempts: Number(retry.value) });
  }
  const breaker = traefikMeshAnnotation(service, 'circuit-breaker-expression');
  if (breaker) {
    // Traefik trips on an expression (NetworkErrorRatio() > 0.3...), not on the connection limits
    // or ejection counts the effect has fields for; the effect says a breaker is on, the
    // expression stays on the object.
    policy.effects.push({ type: PolicyEffectType.CIRCUIT_BREAKER });
    policy.unmodelled.push(annotationPath(breaker.key));
  }
  for (const name of ['ratelimit-average', 'ratelimit-burst']) {
    const found = traefikMeshAnnotation(service, name);
    if (found) policy.unmodelled.push(annotationPath(found.key));
  }
}

/**
 * Traefik Mesh's per-Service settings live in annotations [TM pkg/annotations/annotations.go]:
 * retries and a circuit breaker become a NativePolicy of kind Service (id kind
 * `Service.mesh.traefik.io`, so it never collides with the Service's own id). Services with none
 * of them get no policy.
 */
export function readTraefikMeshAnnotations(
  ctx: SmiPolicyContext,
  services: readonly KubeService[],
): PolicyReadResult {
  const result: PolicyReadResult = { policies: [], errors: [] };
  for (const service of services) {
    const policy = ctx.shell(
      CoreKinds.Service,
      service,
      qualifiedKind('Service', 'mesh.traefik.io'),
    );
    try {
      readServiceAnnotations(service, policy);
    } catch (error) {
      result.errors.push(invalidObject(ctx.snapshot.cluster, CoreKinds.Service, service, error));
      continue;
    }
    if (!policy.effects.length && !policy.unmodelled.length) continue;
    const namespace = service.metadata.namespace ?? '';
    policy.targets.push(ctx.services.resolve(service.metadata.name, namespace).target);
    result.policies.push(policy);
  }
  return result;
}
