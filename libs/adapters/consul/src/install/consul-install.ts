import { type WorkloadObject } from '@meshwork/adapters-core';

/** How the injector maps Kubernetes namespaces to Consul namespaces (Consul Enterprise only). */
export interface ConsulNamespaceSettings {
  enabled: boolean;
  /** `-enable-k8s-namespace-mirroring`: Consul namespace = prefix + Kubernetes namespace. */
  mirroring: boolean;
  mirroringPrefix: string;
  /** `-consul-destination-namespace`, used when not mirroring. */
  destinationNamespace: string;
}

/** What one Helm release of consul-k8s is configured to do, read from its rendered objects. */
export interface ConsulInstallSettings {
  datacenter?: string;
  /** Consul DNS domain (`-domain`), `consul` unless changed. */
  domain: string;
  /** Admin partition (Enterprise), absent for the default partition. */
  partition?: string;
  namespaces: ConsulNamespaceSettings;
  /** `-default-inject`: pods are injected unless they opt out. */
  defaultInject: boolean;
  /** `-allow-k8s-namespace` values; `*` means every namespace. */
  allowNamespaces: string[];
  denyNamespaces: string[];
  peeringEnabled: boolean;
  consulVersion?: string;
  consulK8sVersion?: string;
  /** Host the injector hands to consul-dataplane (`-addresses`); it names this release's servers. */
  serverAddress: string;
}

/** One consul-k8s installation: its servers (absent with external servers) and its injector. */
export interface ConsulInstall {
  meshId: string;
  /** `<fullname>`: `global.name`, else `<release>-consul`. */
  name: string;
  namespace: string;
  server?: WorkloadObject;
  injector?: WorkloadObject;
  meshGateways: WorkloadObject[];
  settings: ConsulInstallSettings;
}
