import { type AccessPeer } from '@meshwork/model';
import { serviceSpiffeId } from '../identities/consul-naming';
import { type Fields, readString } from '../kube/field-readers';
import { InvalidObjectError } from '../kube/invalid-object-error';
import { objectConsulNamespace } from './consul-refs';
import { type PolicyInput } from './policy-reader';

/**
 * Who one `spec.sources[i]` of a ServiceIntentions names: undefined for anyone (`*` with nothing
 * narrowing it), else an AccessPeer. Local services get the SPIFFE id their proxies present. Sources
 * from a cluster peer, a sameness group or another partition are written
 * `peer:<peer>/ns/<namespace>/svc/<service>` (or `sameness-group:`/`partition:`), because that
 * cluster's trust domain and datacenter cannot be seen from here.
 */
export function readIntentionSource(
  input: PolicyInput,
  source: Fields,
  path: string,
): AccessPeer | undefined {
  const name = readString(source['name'], `${path}.name`);
  if (name === undefined) throw new InvalidObjectError(`${path}.name`, 'a source needs a name');
  const { install, trustDomain, datacenter } = input.context;
  const { settings } = install;
  const consulNamespace =
    readString(source['namespace'], `${path}.namespace`) ?? objectConsulNamespace(input);
  const peer = readString(source['peer'], `${path}.peer`);
  const samenessGroup = readString(source['samenessGroup'], `${path}.samenessGroup`);
  const partition = readString(source['partition'], `${path}.partition`);
  const remote = peer
    ? `peer:${peer}`
    : samenessGroup
      ? `sameness-group:${samenessGroup}`
      : partition && partition !== (settings.partition ?? 'default')
        ? `partition:${partition}`
        : undefined;
  if (remote) return { identities: [`${remote}/ns/${consulNamespace}/svc/${name}`] };
  if (name !== '*') {
    return {
      identities: [
        serviceSpiffeId({
          trustDomain,
          consulNamespace,
          datacenter,
          service: name,
          ...(settings.partition && { partition: settings.partition }),
        }),
      ],
    };
  }
  const { namespaces } = settings;
  if (!namespaces.enabled || !namespaces.mirroring || consulNamespace === '*') return undefined;
  const prefix = namespaces.mirroringPrefix;
  return consulNamespace.startsWith(prefix)
    ? { namespaces: [consulNamespace.slice(prefix.length)] }
    : { identities: [`spiffe://${trustDomain}/ns/${consulNamespace}/dc/${datacenter}/svc/*`] };
}
