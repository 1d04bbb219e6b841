import { CoreKinds } from '@meshwork/adapters-core';
import { type PolicyEffect } from '@meshwork/model';
import { PolicyAnnotations } from '../linkerd-labels';
import {
  CLIENT_POLICY_KEYS,
  failureAccrualFromAnnotations,
  retryFromAnnotations,
  timeoutFromAnnotations,
  unmodelledAnnotations,
} from './client-annotations';
import { type PolicyContext } from './policy-context';

/** Id kind for client policy carried by Service annotations, so it never collides with the Service id. */
export const SERVICE_ANNOTATIONS_KIND = 'ServiceAnnotations.linkerd.io';

/**
 * Timeouts, retries and failure accrual set as annotations on a Service. Clients apply them to every
 * request to the Service that no HTTPRoute with its own annotations matches; a route's annotations
 * replace the Service's as a group. The Service need not be meshed: the callers' proxies enforce it.
 */
export function readServiceAnnotations(ctx: PolicyContext): void {
  ctx.readAll(CoreKinds.Service, (service) => {
    const annotations = service.metadata.annotations ?? {};
    const namespace = service.metadata.namespace ?? '';
    if (!CLIENT_POLICY_KEYS.some((key) => annotations[key] !== undefined)) return undefined;
    if (!ctx.owns(namespace)) return undefined;
    const policy = ctx.policyFor(CoreKinds.Service, service, {
      kind: SERVICE_ANNOTATIONS_KIND,
      name: service.metadata.name,
    });
    policy.targets.push({
      type: 'SERVICE',
      service: ctx.serviceId(namespace, service.metadata.name),
    });
    const effects: (PolicyEffect | undefined)[] = [
      timeoutFromAnnotations(annotations),
      retryFromAnnotations(annotations, true),
      failureAccrualFromAnnotations(annotations),
    ];
    policy.effects.push(...effects.filter((e): e is PolicyEffect => e !== undefined));
    policy.unmodelled.push(
      ...unmodelledAnnotations(annotations, [
        PolicyAnnotations.timeoutResponse,
        PolicyAnnotations.timeoutIdle,
        PolicyAnnotations.maxPenalty,
        PolicyAnnotations.jitterRatio,
      ]),
    );
    return policy;
  });
}
