import { type BackendRef, type PolicyTarget } from '@meshwork/model';
import { type Fields, readString } from '../kube/field-readers';
import { type PolicyInput } from './policy-reader';

/** A reference to a Consul service as config entries write it (split, route destination, redirect). */
export interface ConsulServiceRef {
  service?: string;
  serviceSubset?: string;
  namespace?: string;
  partition?: string;
  peer?: string;
  datacenter?: string;
  samenessGroup?: string;
}

export function readServiceRef(fields: Fields, path: string): ConsulServiceRef {
  const ref: ConsulServiceRef = {};
  for (const key of [
    'service',
    'serviceSubset',
    'namespace',
    'partition',
    'peer',
    'datacenter',
    'samenessGroup',
  ] as const) {
    const value = readString(fields[key], `${path}.${key}`);
    if (value !== undefined) ref[key] = value;
  }
  return ref;
}

/** Consul namespace of the object itself (config entries mirror their Kubernetes namespace). */
export const objectConsulNamespace = (input: PolicyInput): string =>
  input.catalog.consulNamespaceOf(input.object.metadata.namespace ?? '');

/**
 * Targets for the Consul service `name`: the Kubernetes Services behind it, or the name as a HOST
 * when nothing in this cluster backs it. `*` (intentions) means every service: the whole mesh.
 */
export function serviceTargets(
  input: PolicyInput,
  name: string,
  consulNamespace = objectConsulNamespace(input),
): PolicyTarget[] {
  if (name === '*') return [{ type: 'MESH' }];
  const fromNamespace = input.object.metadata.namespace ?? '';
  const entries = input.catalog.resolve(name, consulNamespace, fromNamespace);
  if (entries.length > 0) return entries.map((e) => ({ type: 'SERVICE', service: e.id }));
  return [{ type: 'HOST', host: consulHost(input, { service: name, namespace: consulNamespace }) }];
}

/**
 * A backend for a split, route or redirect. Local targets resolve to a Service id; a target in another
 * peer or datacenter is written as the Consul DNS name callers would use, since the Service lives in a
 * cluster this snapshot cannot see.
 */
export function backendRef(
  input: PolicyInput,
  ref: ConsulServiceRef,
  selfName: string,
): BackendRef {
  const service = ref.service ?? selfName;
  const consulNamespace = ref.namespace ?? objectConsulNamespace(input);
  const remote = ref.peer ?? ref.datacenter ?? ref.samenessGroup ?? ref.partition;
  const local = remote
    ? undefined
    : input.catalog.resolve(service, consulNamespace, input.object.metadata.namespace ?? '')[0];
  return {
    service: local?.id ?? consulHost(input, { ...ref, service, namespace: consulNamespace }),
    ...(ref.serviceSubset && { subset: ref.serviceSubset }),
  };
}

/** Consul DNS names: `<svc>.virtual.<peer>.consul` for peers, `<svc>.service.<dc>.consul` for datacenters. */
function consulHost(input: PolicyInput, ref: ConsulServiceRef & { service: string }): string {
  const { domain } = input.context.install.settings;
  const ns = ref.namespace && ref.namespace !== 'default' ? `.${ref.namespace}.ns` : '';
  const ap = ref.partition && ref.partition !== 'default' ? `.${ref.partition}.ap` : '';
  if (ref.peer) {
    return ns || ap
      ? `${ref.service}.virtual${ns}${ap}.${ref.peer}.peer.${domain}`
      : `${ref.service}.virtual.${ref.peer}.${domain}`;
  }
  if (ref.samenessGroup) return `${ref.service}${ns}@sameness-group:${ref.samenessGroup}`;
  if (ref.datacenter) return `${ref.service}.service${ns}${ap}.${ref.datacenter}.dc.${domain}`;
  return `${ref.service}${ns}${ap}`;
}
