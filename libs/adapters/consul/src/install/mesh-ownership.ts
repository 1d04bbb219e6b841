import { type Container } from '@meshwork/adapters-core';
import { NEVER_INJECTED_NAMESPACES } from '../kube/consul-labels';
import { commandFlags, lastFlag } from './command-flags';
import { type ConsulInstall } from './consul-install';

/** `consul-server.consul.svc.cluster.local:8502` and `consul-server.consul.svc` name the same servers. */
const normalizeHost = (address: string): string =>
  address
    .replace(/^[a-z]+:\/\//, '')
    .replace(/:\d+$/, '')
    .replace(/\.cluster\.local\.?$/, '')
    .replace(/\.svc$/, '')
    .toLowerCase();

/**
 * Decides which release owns a pod or a CRD object when several consul-k8s releases share a cluster.
 * consul-dataplane names its servers (`-addresses`), which settles pods; otherwise the injector's
 * allow/deny namespace lists decide, then the release in the object's own namespace, then the first
 * release by id, so the answer is always the same for the same snapshot.
 */
export class MeshOwnership {
  constructor(private readonly installs: readonly ConsulInstall[]) {}

  ownerOfNamespace(namespace: string): ConsulInstall | undefined {
    const accepting = this.installs.filter((i) => acceptsNamespace(i, namespace));
    const candidates = accepting.length > 0 ? accepting : this.installs;
    return candidates.find((i) => i.namespace === namespace) ?? candidates[0];
  }

  ownerOfPod(namespace: string, proxy: Container | undefined): ConsulInstall | undefined {
    const address = addressesArg(proxy?.args) ?? lastFlag(commandFlags(proxy), 'addresses');
    if (address) {
      const host = normalizeHost(address);
      const byAddress = this.installs.find((i) => normalizeHost(i.settings.serverAddress) === host);
      if (byAddress) return byAddress;
    }
    return this.ownerOfNamespace(namespace);
  }
}

/** consul-dataplane gets `-addresses <host>` as two args; reading them directly spares a parse per pod. */
function addressesArg(args: readonly string[] | undefined): string | undefined {
  const at = args?.indexOf('-addresses') ?? -1;
  return at >= 0 ? args?.[at + 1] : undefined;
}

/** Whether the release's injector may act in a namespace (`-allow-k8s-namespace`/`-deny-k8s-namespace`). */
export function acceptsNamespace(install: ConsulInstall, namespace: string): boolean {
  const { allowNamespaces, denyNamespaces } = install.settings;
  if ((NEVER_INJECTED_NAMESPACES as readonly string[]).includes(namespace)) return false;
  if (denyNamespaces.includes(namespace)) return false;
  return allowNamespaces.includes('*') || allowNamespaces.includes(namespace);
}
