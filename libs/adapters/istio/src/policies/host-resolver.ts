import { type ClusterSnapshot, CoreKinds } from '@meshwork/adapters-core';
import { type PolicyTarget, makeId } from '@meshwork/model';

/**
 * Resolves Istio host names to Services in this cluster: `reviews` (the policy's namespace),
 * `reviews.shop`, `reviews.shop.svc.<cluster domain>`. Hosts that match no Service (external names,
 * wildcards, services of other clusters) stay as written.
 */
export class HostResolver {
  constructor(private readonly snapshot: ClusterSnapshot) {}

  /** Service id, or undefined when the host is not a Service of this cluster. */
  serviceId(host: string, policyNamespace: string): string | undefined {
    const ref = this.candidate(host, policyNamespace);
    if (!ref || !this.snapshot.get(CoreKinds.Service, ref.namespace, ref.name)) return undefined;
    return makeId({
      cluster: this.snapshot.cluster,
      namespace: ref.namespace,
      kind: 'Service',
      name: ref.name,
    });
  }

  /** Service id when resolvable, else the host itself (for backends and mirrors). */
  serviceOrHost(host: string, policyNamespace: string): string {
    return this.serviceId(host, policyNamespace) ?? host;
  }

  target(host: string, policyNamespace: string): PolicyTarget {
    const service = this.serviceId(host, policyNamespace);
    return service ? { type: 'SERVICE', service } : { type: 'HOST', host };
  }

  private candidate(
    host: string,
    policyNamespace: string,
  ): { namespace: string; name: string } | undefined {
    if (host.includes('*')) return undefined;
    const parts = host.split('.');
    const [name, namespace] = parts;
    if (!name) return undefined;
    if (parts.length === 1) return { namespace: policyNamespace, name };
    if (!namespace) return undefined;
    if (parts.length === 2 || parts[2] === 'svc') return { namespace, name };
    return undefined;
  }
}
