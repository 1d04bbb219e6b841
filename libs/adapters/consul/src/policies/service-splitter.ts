import { PolicyEffectType, type WeightedBackend } from '@meshwork/model';
import { ConsulKinds } from '../kube/consul-kinds';
import { readList, readNumber, readObject } from '../kube/field-readers';
import { backendRef, readServiceRef, serviceTargets } from './consul-refs';
import { type PolicyReader, newPolicy } from './policy-reader';
import { unhandledFields } from './unhandled-fields';

/**
 * ServiceSplitter `<service>`: `spec.splits[]{weight, service, serviceSubset, namespace, partition}`
 * becomes one TRAFFIC_SPLIT over the named backends (weights are percentages summing to 100).
 */
export const readServiceSplitter: PolicyReader = (input) => {
  const policy = newPolicy(input, ConsulKinds.ServiceSplitter);
  const self = input.object.metadata.name;
  const spec = readObject(input.object.spec, 'spec');
  policy.targets = serviceTargets(input, self);
  const backends = readList(spec['splits'], 'spec.splits').map((raw, i): WeightedBackend => {
    const path = `spec.splits[${i}]`;
    const split = readObject(raw, path);
    policy.unmodelled.push(
      ...unhandledFields(
        split,
        ['weight', 'service', 'serviceSubset', 'namespace', 'partition'],
        path,
      ),
    );
    return {
      ...backendRef(input, readServiceRef(split, path), self),
      weight: readNumber(split['weight'], `${path}.weight`) ?? 0,
    };
  });
  if (backends.length > 0) policy.effects.push({ type: PolicyEffectType.TRAFFIC_SPLIT, backends });
  policy.unmodelled.push(...unhandledFields(spec, ['splits'], 'spec'));
  return { policy };
};
