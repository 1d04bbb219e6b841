import { IdentityScheme, type MeshIdentity } from '@meshwork/model';
import { type ConsulContext } from '../discovery/consul-context';
import { consulNamespaceOf, serviceSpiffeId } from './consul-naming';

/** Consul identity is per service, not per ServiceAccount (the ACL login only checks they match). */
export function identityFor(
  context: ConsulContext,
  k8sNamespace: string,
  service: string,
  serviceAccount: string | undefined,
): MeshIdentity {
  const { install, trustDomain, datacenter, mesh } = context;
  const consulNamespace = consulNamespaceOf(install.settings, k8sNamespace);
  return {
    scheme: IdentityScheme.SPIFFE,
    value: serviceSpiffeId({
      trustDomain,
      consulNamespace,
      datacenter,
      service,
      ...(install.settings.partition && { partition: install.settings.partition }),
    }),
    trustDomain,
    namespace: k8sNamespace,
    ...(serviceAccount && { serviceAccount }),
    service,
    mesh: mesh.id,
  };
}
