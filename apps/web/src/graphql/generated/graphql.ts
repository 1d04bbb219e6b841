/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Where the cluster was configured. */
export type ClusterSource =
  | 'DEMO'
  | 'IN_CLUSTER'
  | 'KUBECONFIG';

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

export type ClustersQueryVariables = Exact<{ [key: string]: never; }>;


export type ClustersQuery = { clusters: Array<{ name: string, server: string | null, context: string | null, source: ClusterSource, reachability: Reachability, kubernetesVersion: string | null, lastSeenAt: string | null, lastCheckedAt: string | null, error: string | null }> };


export const ClustersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Clusters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clusters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"server"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reachability"}},{"kind":"Field","name":{"kind":"Name","value":"kubernetesVersion"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckedAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<ClustersQuery, ClustersQueryVariables>;