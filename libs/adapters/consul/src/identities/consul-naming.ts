import { type ConsulInstallSettings } from '../install/consul-install';

/** Placeholder until the real `<cluster-id>.consul` is known; see `installToMesh`. */
export const UNKNOWN_TRUST_DOMAIN = 'unknown.consul';

/** Chart default for `global.datacenter`, used when neither servers nor injector state it. */
export const DEFAULT_DATACENTER = 'dc1';

/**
 * The Consul namespace a Kubernetes namespace maps to. Consul CE has only `default`; Enterprise either
 * mirrors Kubernetes namespaces (with an optional prefix) or puts everything in one namespace.
 */
export function consulNamespaceOf(settings: ConsulInstallSettings, k8sNamespace: string): string {
  const { namespaces } = settings;
  if (!namespaces.enabled) return 'default';
  return namespaces.mirroring
    ? `${namespaces.mirroringPrefix}${k8sNamespace}`
    : namespaces.destinationNamespace;
}

export interface ServiceSpiffeParts {
  trustDomain: string;
  consulNamespace: string;
  datacenter: string;
  service: string;
  partition?: string;
}

/**
 * Consul's service identity, as hashicorp/consul agent/connect/uri_service.go writes it:
 * `spiffe://<trust domain>[/ap/<partition>]/ns/<namespace>/dc/<datacenter>/svc/<service>`; the
 * partition segment only appears for a non-default partition.
 */
export function serviceSpiffeId(parts: ServiceSpiffeParts): string {
  const partition =
    parts.partition && parts.partition !== 'default' ? `/ap/${parts.partition}` : '';
  return `spiffe://${parts.trustDomain}${partition}/ns/${parts.consulNamespace}/dc/${parts.datacenter}/svc/${parts.service}`;
}
