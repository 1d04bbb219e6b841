export enum IdentityScheme {
  /** `spiffe://<trust domain>/...` (Istio, Consul, OSM with SPIFFE, Kuma). */
  SPIFFE = 'SPIFFE',
  /** `<sa>.<ns>.serviceaccount.identity.<cp ns>.<trust domain>`. */
  LINKERD = 'LINKERD',
  /** `<sa>.<ns>.<trust domain>`. */
  OSM = 'OSM',
}

/** The identity a mesh gives a workload's proxy certificate. */
export interface MeshIdentity {
  scheme: IdentityScheme;
  /** The full identity string as the mesh writes it in certificates and policies. */
  value: string;
  trustDomain: string;
  namespace: string;
  /** Kubernetes ServiceAccount, for meshes that derive identity from it. */
  serviceAccount?: string;
  /** Service name, for meshes that derive identity from the service (Consul). */
  service?: string;
  /** Id of the mesh that issues it. */
  mesh: string;
}
