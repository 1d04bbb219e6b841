import { PolicyEffectType, type ServiceSubset } from '@meshwork/model';
import { parseDurationMs } from '../kube/duration';
import { ConsulKinds } from '../kube/consul-kinds';
import { readObject, readString } from '../kube/field-readers';
import { backendRef, readServiceRef, serviceTargets } from './consul-refs';
import { type PolicyReader, newPolicy } from './policy-reader';
import { unhandledFields } from './unhandled-fields';
import { subsetFilterLabels } from './subset-filter';

/**
 * ServiceResolver `<service>`: `subsets` become the Service's subsets (what splitters and routers
 * name); `redirect` sends all traffic elsewhere and `defaultSubset` pins it to one subset (both a
 * one-backend TRAFFIC_SPLIT); `requestTimeout` is a TIMEOUT. Failover, connect timeout and load
 * balancing have no effect type.
 */
export const readServiceResolver: PolicyReader = (input) => {
  const policy = newPolicy(input, ConsulKinds.ServiceResolver);
  const self = input.object.metadata.name;
  const spec = readObject(input.object.spec, 'spec');
  policy.targets = serviceTargets(input, self);
  const subsets: ServiceSubset[] = Object.entries(readObject(spec['subsets'], 'spec.subsets')).map(
    ([name, raw]) => {
      const path = `spec.subsets.${name}`;
      const subset = readObject(raw, path);
      const filter = readString(subset['filter'], `${path}.filter`) ?? '';
      const labels = filter === '' ? {} : subsetFilterLabels(filter);
      if (!labels) policy.unmodelled.push(`${path}.filter`);
      policy.unmodelled.push(...unhandledFields(subset, ['filter'], path));
      return { name, labels: labels ?? {}, definedBy: policy.id };
    },
  );
  const redirect = readObject(spec['redirect'], 'spec.redirect');
  const defaultSubset = readString(spec['defaultSubset'], 'spec.defaultSubset');
  if (Object.keys(redirect).length > 0) {
    policy.effects.push({
      type: PolicyEffectType.TRAFFIC_SPLIT,
      backends: [
        { ...backendRef(input, readServiceRef(redirect, 'spec.redirect'), self), weight: 100 },
      ],
    });
    // Consul ignores the rest of the resolver once it redirects.
    if (defaultSubset !== undefined) policy.unmodelled.push('spec.defaultSubset');
  } else if (defaultSubset !== undefined) {
    policy.effects.push({
      type: PolicyEffectType.TRAFFIC_SPLIT,
      backends: [{ ...backendRef(input, { serviceSubset: defaultSubset }, self), weight: 100 }],
    });
  }
  const timeoutMs = parseDurationMs(spec['requestTimeout'], 'spec.requestTimeout');
  if (timeoutMs !== undefined && timeoutMs > 0) {
    policy.effects.push({ type: PolicyEffectType.TIMEOUT, ms: timeoutMs });
  }
  policy.unmodelled.push(
    ...unhandledFields(spec, ['subsets', 'redirect', 'defaultSubset', 'requestTimeout'], 'spec'),
  );
  const serviceIds = policy.targets.flatMap((t) => (t.type === 'SERVICE' ? [t.service] : []));
  return { policy, subsets: subsets.map((subset) => ({ serviceIds, subset })) };
};
