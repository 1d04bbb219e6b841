import { type WorkloadObject, imageTag } from '@meshwork/adapters-core';
import { type ConsulInstallSettings } from './consul-install';
import { type ContainerWithCommand, commandFlags, envValue, lastFlag } from './command-flags';

const containerOf = (
  object: WorkloadObject | undefined,
  name: string,
): ContainerWithCommand | undefined =>
  object?.spec?.template?.spec.containers.find((c) => c.name === name) ??
  object?.spec?.template?.spec.containers[0];

const isTrue = (value: string | undefined): boolean => value === 'true';

/**
 * Settings of one release from the server StatefulSet (`consul agent -datacenter=... -domain=...`) and the
 * injector Deployment (`inject-connect` flags, `CONSUL_*` env from the chart's consulK8sConsulServerEnvVars).
 */
export function readInstallSettings(
  name: string,
  namespace: string,
  server: WorkloadObject | undefined,
  injector: WorkloadObject | undefined,
): ConsulInstallSettings {
  const serverContainer = containerOf(server, 'consul');
  const injectorContainer = containerOf(injector, 'sidecar-injector');
  const serverFlags = commandFlags(serverContainer);
  const injectorFlags = commandFlags(injectorContainer);
  const consulImage = serverContainer?.image ?? lastFlag(injectorFlags, 'consul-image');
  const datacenter =
    lastFlag(serverFlags, 'datacenter') ?? envValue(injectorContainer, 'CONSUL_DATACENTER');
  const partition = envValue(injectorContainer, 'CONSUL_PARTITION');
  const consulVersion = imageTag(consulImage);
  const consulK8sVersion = imageTag(injectorContainer?.image);
  const allow = injectorFlags.get('allow-k8s-namespace');
  return {
    ...(datacenter && { datacenter }),
    domain: lastFlag(serverFlags, 'domain') ?? 'consul',
    ...(partition && partition !== 'default' && { partition }),
    namespaces: {
      enabled: isTrue(lastFlag(injectorFlags, 'enable-namespaces')),
      mirroring: isTrue(lastFlag(injectorFlags, 'enable-k8s-namespace-mirroring')),
      mirroringPrefix: lastFlag(injectorFlags, 'k8s-namespace-mirroring-prefix') ?? '',
      destinationNamespace: lastFlag(injectorFlags, 'consul-destination-namespace') ?? 'default',
    },
    defaultInject: isTrue(lastFlag(injectorFlags, 'default-inject')),
    // Without the flag the injector allows nothing, but the chart always renders k8sAllowNamespaces
    // (default ["*"]); an injector rendered by something else is read as allowing everything.
    allowNamespaces: allow && allow.length > 0 ? allow : ['*'],
    denyNamespaces: injectorFlags.get('deny-k8s-namespace') ?? [],
    peeringEnabled: isTrue(lastFlag(injectorFlags, 'enable-peering')),
    ...(consulVersion && { consulVersion }),
    ...(consulK8sVersion && { consulK8sVersion }),
    serverAddress:
      envValue(injectorContainer, 'CONSUL_ADDRESSES') ?? `${name}-server.${namespace}.svc`,
  };
}
