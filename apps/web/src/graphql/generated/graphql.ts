/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type CertificateChainStatus =
  | 'ISSUER_NOT_FOUND'
  | 'SELF_SIGNED'
  | 'SIGNATURE_INVALID'
  | 'VALID';

export type CertificateExpiryClass =
  | 'CRITICAL'
  | 'EXPIRED'
  | 'OK'
  | 'WARNING';

export type CertificateRole =
  | 'AGENT_CA'
  | 'INTERMEDIATE'
  | 'ISSUER'
  | 'LEAF'
  | 'ROOT'
  | 'WEBHOOK';

export type CertificateSourceKind =
  | 'ConfigMap'
  | 'ConsulAPI'
  | 'MutatingWebhookConfiguration'
  | 'Secret'
  | 'ValidatingWebhookConfiguration';

export type CertificateSourceState =
  | 'ERROR'
  | 'NOT_CONFIGURED'
  | 'OK'
  | 'PENDING';

/** Where the cluster was configured. */
export type ClusterSource =
  | 'DEMO'
  | 'IN_CLUSTER'
  | 'KUBECONFIG';

export type ControlPlaneHealth =
  | 'DEGRADED'
  | 'DOWN'
  | 'HEALTHY'
  | 'UNKNOWN';

export type DataPlaneMode =
  | 'AMBIENT'
  | 'NATIVE_SIDECAR'
  | 'NODE_PROXY'
  | 'NONE'
  | 'SIDECAR';

export type MeshKind =
  | 'CONSUL'
  | 'ISTIO'
  | 'LINKERD'
  | 'OSM'
  | 'TRAEFIK_MESH';

/** How a cluster answered its last probe. */
export type Reachability =
  /** Not tried yet. */
  | 'PENDING'
  /** Answered, and accepted our credentials. */
  | 'REACHABLE'
  /** Answered, but rejected our credentials (401) or denied access (403). */
  | 'UNAUTHORIZED'
  /** Did not answer in time, refused, or cannot be addressed (see error). */
  | 'UNREACHABLE';

export type TrustFindingKind =
  | 'ISSUER_NOT_SIGNED_BY_ROOT'
  | 'LINKED_PEER_NOT_FOUND'
  | 'NO_ROOT'
  | 'ROOT_EXPIRES_BEFORE_ISSUER'
  | 'ROOT_MISMATCH'
  | 'SHARED_ROOT'
  | 'TRUST_DOMAIN_MISMATCH'
  | 'WEAK_KEY';

export type TrustFindingSeverity =
  | 'ERROR'
  | 'INFO'
  | 'WARNING';

export type CertificateDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type CertificateDetailQuery = { certificate: { id: string, cluster: string, mesh: string, meshKind: MeshKind | null, meshName: string | null, role: CertificateRole, subject: string, issuer: string, serial: string, sans: Array<string>, keyAlgorithm: string, keySize: number | null, curve: string | null, notBefore: string, notAfter: string, expiryClass: CertificateExpiryClass, daysLeft: number, sha256Fingerprint: string, isCA: boolean, pathLen: number | null, pem: string, trustDomain: string | null, note: string | null, source: { kind: CertificateSourceKind, namespace: string, name: string, key: string, index: number }, alsoIn: Array<{ kind: CertificateSourceKind, namespace: string, name: string, key: string, index: number }>, chain: { status: CertificateChainStatus, issuerId: string | null, message: string }, issuers: Array<{ id: string, role: CertificateRole, subject: string, notAfter: string, expiryClass: CertificateExpiryClass, daysLeft: number, chain: { status: CertificateChainStatus, message: string } }>, findings: Array<{ id: string, kind: TrustFindingKind, severity: TrustFindingSeverity, message: string }> } };

export type CertificatesQueryVariables = Exact<{ [key: string]: never; }>;


export type CertificatesQuery = { certificates: Array<{ id: string, cluster: string, mesh: string, meshKind: MeshKind | null, meshName: string | null, role: CertificateRole, subject: string, issuer: string, notBefore: string, notAfter: string, expiryClass: CertificateExpiryClass, daysLeft: number, keyAlgorithm: string, keySize: number | null, trustDomain: string | null, note: string | null, source: { kind: CertificateSourceKind, namespace: string, name: string, key: string }, chain: { status: CertificateChainStatus, issuerId: string | null } }>, trustFindings: Array<{ id: string, kind: TrustFindingKind, severity: TrustFindingSeverity, message: string, certificates: Array<string>, clusters: Array<string>, meshes: Array<string> }>, certificateSummary: { criticalDays: number, warningDays: number }, certificateSources: Array<{ cluster: string, mesh: string, kind: CertificateSourceKind, state: CertificateSourceState, message: string }>, clusters: Array<{ name: string, stale: boolean }> };

export type ClustersQueryVariables = Exact<{ [key: string]: never; }>;


export type ClustersQuery = { clusters: Array<{ name: string, server: string | null, context: string | null, source: ClusterSource, reachability: Reachability, stale: boolean, kubernetesVersion: string | null, lastSeenAt: string | null, lastCheckedAt: string | null, error: string | null }> };

export type MeshesQueryVariables = Exact<{ [key: string]: never; }>;


export type MeshesQuery = { meshes: Array<{ id: string, kind: MeshKind, name: string, namespace: string, version: string | null, revision: string | null, trustDomain: string | null, health: ControlPlaneHealth, cluster: { name: string }, controlPlanes: Array<{ name: string, namespace: string, revision: string, version: string | null, health: ControlPlaneHealth, readyReplicas: number, desiredReplicas: number }> }>, meshLinks: Array<{ id: string, kind: string, fromCluster: string, fromMeshId: string | null, toCluster: string | null, details: Array<{ key: string, value: string }> }>, clusters: Array<{ name: string, reachability: Reachability, stale: boolean }> };

export type OverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type OverviewQuery = { fleet: { clusters: number, clustersSynced: number, meshes: number, services: number, workloads: number, policies: number }, clusters: Array<{ name: string, reachability: Reachability, stale: boolean, synced: boolean, lastSeenAt: string | null, lastSyncedAt: string | null, error: string | null, meshCount: number, errors: Array<{ code: string, message: string, verb: string | null, group: string | null, resource: string | null }> }>, meshes: Array<{ id: string, kind: MeshKind, name: string, namespace: string, version: string | null, health: ControlPlaneHealth, cluster: { name: string }, controlPlanes: Array<{ name: string, health: ControlPlaneHealth, readyReplicas: number, desiredReplicas: number }> }> };

export type ServiceDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ServiceDetailQuery = { service: { id: string, name: string, namespace: string, logicalKey: string, versions: Array<string>, cluster: { name: string }, ports: Array<{ name: string | null, port: number, protocol: string, appProtocol: string | null }>, meshes: Array<{ id: string, kind: MeshKind, version: string | null, health: ControlPlaneHealth }>, workloads: Array<{ id: string, kind: string, name: string, namespace: string, readyReplicas: number, desiredReplicas: number, dataPlaneMode: DataPlaneMode, identity: string | null, version: string | null }>, policies: Array<{ id: string, kind: string, name: string, namespace: string, targets: Array<string>, unmodelled: Array<string>, effects: Array<{ type: string, summary: string }> }>, otherClusters: Array<{ id: string, name: string, namespace: string, cluster: { name: string } }> } };

export type ServiceMeshesQueryVariables = Exact<{ [key: string]: never; }>;


export type ServiceMeshesQuery = { meshes: Array<{ id: string, kind: MeshKind, version: string | null, cluster: { name: string } }> };

export type ServicesPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ServicesPageQuery = { services: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, name: string, namespace: string, meshIds: Array<string>, versions: Array<string>, workloadIds: Array<string>, cluster: { name: string } }> } };

export type FleetChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type FleetChangedSubscription = { fleetChanged: { revision: number, clusters: Array<string>, changedIds: Array<string> } };

export type FleetRevisionQueryVariables = Exact<{ [key: string]: never; }>;


export type FleetRevisionQuery = { fleet: { revision: number } };


export const CertificateDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CertificateDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"}},{"kind":"Field","name":{"kind":"Name","value":"mesh"}},{"kind":"Field","name":{"kind":"Name","value":"meshKind"}},{"kind":"Field","name":{"kind":"Name","value":"meshName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"serial"}},{"kind":"Field","name":{"kind":"Name","value":"sans"}},{"kind":"Field","name":{"kind":"Name","value":"keyAlgorithm"}},{"kind":"Field","name":{"kind":"Name","value":"keySize"}},{"kind":"Field","name":{"kind":"Name","value":"curve"}},{"kind":"Field","name":{"kind":"Name","value":"notBefore"}},{"kind":"Field","name":{"kind":"Name","value":"notAfter"}},{"kind":"Field","name":{"kind":"Name","value":"expiryClass"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"sha256Fingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"isCA"}},{"kind":"Field","name":{"kind":"Name","value":"pathLen"}},{"kind":"Field","name":{"kind":"Name","value":"pem"}},{"kind":"Field","name":{"kind":"Name","value":"trustDomain"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"index"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alsoIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"index"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuerId"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"notAfter"}},{"kind":"Field","name":{"kind":"Name","value":"expiryClass"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"chain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CertificateDetailQuery, CertificateDetailQueryVariables>;
export const CertificatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Certificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"}},{"kind":"Field","name":{"kind":"Name","value":"mesh"}},{"kind":"Field","name":{"kind":"Name","value":"meshKind"}},{"kind":"Field","name":{"kind":"Name","value":"meshName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"notBefore"}},{"kind":"Field","name":{"kind":"Name","value":"notAfter"}},{"kind":"Field","name":{"kind":"Name","value":"expiryClass"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"keyAlgorithm"}},{"kind":"Field","name":{"kind":"Name","value":"keySize"}},{"kind":"Field","name":{"kind":"Name","value":"trustDomain"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuerId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trustFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"certificates"}},{"kind":"Field","name":{"kind":"Name","value":"clusters"}},{"kind":"Field","name":{"kind":"Name","value":"meshes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificateSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criticalDays"}},{"kind":"Field","name":{"kind":"Name","value":"warningDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificateSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cluster"}},{"kind":"Field","name":{"kind":"Name","value":"mesh"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clusters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}}]}}]}}]} as unknown as DocumentNode<CertificatesQuery, CertificatesQueryVariables>;
export const ClustersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Clusters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clusters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"server"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reachability"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"kubernetesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckedAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<ClustersQuery, ClustersQueryVariables>;
export const MeshesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Meshes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meshes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"trustDomain"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"controlPlanes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"readyReplicas"}},{"kind":"Field","name":{"kind":"Name","value":"desiredReplicas"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"meshLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromCluster"}},{"kind":"Field","name":{"kind":"Name","value":"fromMeshId"}},{"kind":"Field","name":{"kind":"Name","value":"toCluster"}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"clusters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"reachability"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}}]}}]}}]} as unknown as DocumentNode<MeshesQuery, MeshesQueryVariables>;
export const OverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Overview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fleet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clusters"}},{"kind":"Field","name":{"kind":"Name","value":"clustersSynced"}},{"kind":"Field","name":{"kind":"Name","value":"meshes"}},{"kind":"Field","name":{"kind":"Name","value":"services"}},{"kind":"Field","name":{"kind":"Name","value":"workloads"}},{"kind":"Field","name":{"kind":"Name","value":"policies"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clusters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"reachability"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"synced"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSyncedAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"meshCount"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"verb"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"resource"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"meshes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"controlPlanes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"readyReplicas"}},{"kind":"Field","name":{"kind":"Name","value":"desiredReplicas"}}]}}]}}]}}]} as unknown as DocumentNode<OverviewQuery, OverviewQueryVariables>;
export const ServiceDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","name":{"kind":"Name","value":"logicalKey"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"}},{"kind":"Field","name":{"kind":"Name","value":"ports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"appProtocol"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meshes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"health"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workloads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","name":{"kind":"Name","value":"readyReplicas"}},{"kind":"Field","name":{"kind":"Name","value":"desiredReplicas"}},{"kind":"Field","name":{"kind":"Name","value":"dataPlaneMode"}},{"kind":"Field","name":{"kind":"Name","value":"identity"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","name":{"kind":"Name","value":"effects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"}},{"kind":"Field","name":{"kind":"Name","value":"unmodelled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherClusters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ServiceDetailQuery, ServiceDetailQueryVariables>;
export const ServiceMeshesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceMeshes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meshes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ServiceMeshesQuery, ServiceMeshesQueryVariables>;
export const ServicesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServicesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"namespace"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meshIds"}},{"kind":"Field","name":{"kind":"Name","value":"versions"}},{"kind":"Field","name":{"kind":"Name","value":"workloadIds"}}]}}]}}]}}]} as unknown as DocumentNode<ServicesPageQuery, ServicesPageQueryVariables>;
export const FleetChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"FleetChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fleetChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"clusters"}},{"kind":"Field","name":{"kind":"Name","value":"changedIds"}}]}}]}}]} as unknown as DocumentNode<FleetChangedSubscription, FleetChangedSubscriptionVariables>;
export const FleetRevisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FleetRevision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fleet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<FleetRevisionQuery, FleetRevisionQueryVariables>;