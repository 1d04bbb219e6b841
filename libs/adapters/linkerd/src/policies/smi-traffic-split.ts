import { CoreKinds } from '@meshwork/adapters-core';
import { PolicyEffectType } from '@meshwork/model';
import { LinkerdKinds } from '../linkerd-kinds';
import { LinkerdNames } from '../linkerd-labels';
import { InvalidObjectError, arrayAt } from './invalid-object';
import { type PolicyContext } from './policy-context';
import { parseQuantity } from './quantity';

/** Whether the linkerd-smi extension, which turns TrafficSplits into Linkerd routing, is installed. */
export function smiExtensionInstalled(ctx: PolicyContext): boolean {
  return ctx.snapshot
    .list(CoreKinds.Namespace)
    .some((ns) => ns.metadata.labels?.[LinkerdNames.extensionLabel] === 'smi');
}

/**
 * SMI TrafficSplits, only when linkerd-smi is installed: without it Linkerd (2.12+) ignores them, and
 * another mesh's adapter may own them. Weights are integers (v1alpha2+) or quantities (v1alpha1).
 */
export function readSmiTrafficSplits(ctx: PolicyContext): void {
  if (!smiExtensionInstalled(ctx)) return;
  ctx.readAll(LinkerdKinds.TrafficSplit, (split) => {
    const namespace = split.metadata.namespace ?? '';
    if (!ctx.owns(namespace)) return undefined;
    const spec = split.spec ?? {};
    if (!spec.service) throw new InvalidObjectError('spec.service', 'is required');
    const policy = ctx.policyFor(LinkerdKinds.TrafficSplit, split);
    policy.targets.push(ctx.serviceTarget(namespace, spec.service));
    const backends = arrayAt(spec.backends, 'spec.backends').map((backend, i) => {
      const weight = parseQuantity(backend.weight);
      if (!backend.service)
        throw new InvalidObjectError(`spec.backends[${i}].service`, 'is required');
      if (weight === undefined) {
        throw new InvalidObjectError(
          `spec.backends[${i}].weight`,
          `"${String(backend.weight)}" is not a weight`,
        );
      }
      return { service: ctx.serviceRef(namespace, backend.service), weight };
    });
    policy.effects.push({ type: PolicyEffectType.TRAFFIC_SPLIT, backends });
    return policy;
  });
}
