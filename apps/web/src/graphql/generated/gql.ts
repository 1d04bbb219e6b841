/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Clusters {\n    clusters {\n      name\n      server\n      context\n      source\n      reachability\n      stale\n      kubernetesVersion\n      lastSeenAt\n      lastCheckedAt\n      error\n    }\n  }\n": typeof types.ClustersDocument,
    "\n  query Meshes {\n    meshes {\n      id\n      kind\n      name\n      namespace\n      version\n      revision\n      trustDomain\n      health\n      cluster {\n        name\n      }\n      controlPlanes {\n        name\n        namespace\n        revision\n        version\n        health\n        readyReplicas\n        desiredReplicas\n      }\n    }\n    meshLinks {\n      id\n      kind\n      fromCluster\n      fromMeshId\n      toCluster\n      details {\n        key\n        value\n      }\n    }\n    clusters {\n      name\n      reachability\n      stale\n    }\n  }\n": typeof types.MeshesDocument,
    "\n  query Overview {\n    fleet {\n      clusters\n      clustersSynced\n      meshes\n      services\n      workloads\n      policies\n    }\n    clusters {\n      name\n      reachability\n      stale\n      synced\n      lastSeenAt\n      lastSyncedAt\n      error\n      meshCount\n      errors {\n        code\n        message\n        verb\n        group\n        resource\n      }\n    }\n    meshes {\n      id\n      kind\n      name\n      namespace\n      version\n      health\n      cluster {\n        name\n      }\n      controlPlanes {\n        name\n        health\n        readyReplicas\n        desiredReplicas\n      }\n    }\n  }\n": typeof types.OverviewDocument,
    "\n  query ServiceDetail($id: ID!) {\n    service(id: $id) {\n      id\n      name\n      namespace\n      logicalKey\n      cluster {\n        name\n      }\n      versions\n      ports {\n        name\n        port\n        protocol\n        appProtocol\n      }\n      meshes {\n        id\n        kind\n        version\n        health\n      }\n      workloads {\n        id\n        kind\n        name\n        namespace\n        readyReplicas\n        desiredReplicas\n        dataPlaneMode\n        identity\n        version\n      }\n      policies {\n        id\n        kind\n        name\n        namespace\n        effects {\n          type\n          summary\n        }\n        targets\n        unmodelled\n      }\n      otherClusters {\n        id\n        name\n        namespace\n        cluster {\n          name\n        }\n      }\n    }\n  }\n": typeof types.ServiceDetailDocument,
    "\n  query ServiceMeshes {\n    meshes {\n      id\n      kind\n      version\n      cluster {\n        name\n      }\n    }\n  }\n": typeof types.ServiceMeshesDocument,
    "\n  query ServicesPage($first: Int!, $after: String) {\n    services(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        namespace\n        cluster {\n          name\n        }\n        meshIds\n        versions\n        workloadIds\n      }\n    }\n  }\n": typeof types.ServicesPageDocument,
    "\n  subscription FleetChanged {\n    fleetChanged {\n      revision\n      clusters\n      changedIds\n    }\n  }\n": typeof types.FleetChangedDocument,
    "\n  query FleetRevision {\n    fleet {\n      revision\n    }\n  }\n": typeof types.FleetRevisionDocument,
};
const documents: Documents = {
    "\n  query Clusters {\n    clusters {\n      name\n      server\n      context\n      source\n      reachability\n      stale\n      kubernetesVersion\n      lastSeenAt\n      lastCheckedAt\n      error\n    }\n  }\n": types.ClustersDocument,
    "\n  query Meshes {\n    meshes {\n      id\n      kind\n      name\n      namespace\n      version\n      revision\n      trustDomain\n      health\n      cluster {\n        name\n      }\n      controlPlanes {\n        name\n        namespace\n        revision\n        version\n        health\n        readyReplicas\n        desiredReplicas\n      }\n    }\n    meshLinks {\n      id\n      kind\n      fromCluster\n      fromMeshId\n      toCluster\n      details {\n        key\n        value\n      }\n    }\n    clusters {\n      name\n      reachability\n      stale\n    }\n  }\n": types.MeshesDocument,
    "\n  query Overview {\n    fleet {\n      clusters\n      clustersSynced\n      meshes\n      services\n      workloads\n      policies\n    }\n    clusters {\n      name\n      reachability\n      stale\n      synced\n      lastSeenAt\n      lastSyncedAt\n      error\n      meshCount\n      errors {\n        code\n        message\n        verb\n        group\n        resource\n      }\n    }\n    meshes {\n      id\n      kind\n      name\n      namespace\n      version\n      health\n      cluster {\n        name\n      }\n      controlPlanes {\n        name\n        health\n        readyReplicas\n        desiredReplicas\n      }\n    }\n  }\n": types.OverviewDocument,
    "\n  query ServiceDetail($id: ID!) {\n    service(id: $id) {\n      id\n      name\n      namespace\n      logicalKey\n      cluster {\n        name\n      }\n      versions\n      ports {\n        name\n        port\n        protocol\n        appProtocol\n      }\n      meshes {\n        id\n        kind\n        version\n        health\n      }\n      workloads {\n        id\n        kind\n        name\n        namespace\n        readyReplicas\n        desiredReplicas\n        dataPlaneMode\n        identity\n        version\n      }\n      policies {\n        id\n        kind\n        name\n        namespace\n        effects {\n          type\n          summary\n        }\n        targets\n        unmodelled\n      }\n      otherClusters {\n        id\n        name\n        namespace\n        cluster {\n          name\n        }\n      }\n    }\n  }\n": types.ServiceDetailDocument,
    "\n  query ServiceMeshes {\n    meshes {\n      id\n      kind\n      version\n      cluster {\n        name\n      }\n    }\n  }\n": types.ServiceMeshesDocument,
    "\n  query ServicesPage($first: Int!, $after: String) {\n    services(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        namespace\n        cluster {\n          name\n        }\n        meshIds\n        versions\n        workloadIds\n      }\n    }\n  }\n": types.ServicesPageDocument,
    "\n  subscription FleetChanged {\n    fleetChanged {\n      revision\n      clusters\n      changedIds\n    }\n  }\n": types.FleetChangedDocument,
    "\n  query FleetRevision {\n    fleet {\n      revision\n    }\n  }\n": types.FleetRevisionDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Clusters {\n    clusters {\n      name\n      server\n      context\n      source\n      reachability\n      stale\n      kubernetesVersion\n      lastSeenAt\n      lastCheckedAt\n      error\n    }\n  }\n"): (typeof documents)["\n  query Clusters {\n    clusters {\n      name\n      server\n      context\n      source\n      reachability\n      stale\n      kubernetesVersion\n      lastSeenAt\n      lastCheckedAt\n      error\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Meshes {\n    meshes {\n      id\n      kind\n      name\n      namespace\n      version\n      revision\n      trustDomain\n      health\n      cluster {\n        name\n      }\n      controlPlanes {\n        name\n        namespace\n        revision\n        version\n        health\n        readyReplicas\n        desiredReplicas\n      }\n    }\n    meshLinks {\n      id\n      kind\n      fromCluster\n      fromMeshId\n      toCluster\n      details {\n        key\n        value\n      }\n    }\n    clusters {\n      name\n      reachability\n      stale\n    }\n  }\n"): (typeof documents)["\n  query Meshes {\n    meshes {\n      id\n      kind\n      name\n      namespace\n      version\n      revision\n      trustDomain\n      health\n      cluster {\n        name\n      }\n      controlPlanes {\n        name\n        namespace\n        revision\n        version\n        health\n        readyReplicas\n        desiredReplicas\n      }\n    }\n    meshLinks {\n      id\n      kind\n      fromCluster\n      fromMeshId\n      toCluster\n      details {\n        key\n        value\n      }\n    }\n    clusters {\n      name\n      reachability\n      stale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Overview {\n    fleet {\n      clusters\n      clustersSynced\n      meshes\n      services\n      workloads\n      policies\n    }\n    clusters {\n      name\n      reachability\n      stale\n      synced\n      lastSeenAt\n      lastSyncedAt\n      error\n      meshCount\n      errors {\n        code\n        message\n        verb\n        group\n        resource\n      }\n    }\n    meshes {\n      id\n      kind\n      name\n      namespace\n      version\n      health\n      cluster {\n        name\n      }\n      controlPlanes {\n        name\n        health\n        readyReplicas\n        desiredReplicas\n      }\n    }\n  }\n"): (typeof documents)["\n  query Overview {\n    fleet {\n      clusters\n      clustersSynced\n      meshes\n      services\n      workloads\n      policies\n    }\n    clusters {\n      name\n      reachability\n      stale\n      synced\n      lastSeenAt\n      lastSyncedAt\n      error\n      meshCount\n      errors {\n        code\n        message\n        verb\n        group\n        resource\n      }\n    }\n    meshes {\n      id\n      kind\n      name\n      namespace\n      version\n      health\n      cluster {\n        name\n      }\n      controlPlanes {\n        name\n        health\n        readyReplicas\n        desiredReplicas\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceDetail($id: ID!) {\n    service(id: $id) {\n      id\n      name\n      namespace\n      logicalKey\n      cluster {\n        name\n      }\n      versions\n      ports {\n        name\n        port\n        protocol\n        appProtocol\n      }\n      meshes {\n        id\n        kind\n        version\n        health\n      }\n      workloads {\n        id\n        kind\n        name\n        namespace\n        readyReplicas\n        desiredReplicas\n        dataPlaneMode\n        identity\n        version\n      }\n      policies {\n        id\n        kind\n        name\n        namespace\n        effects {\n          type\n          summary\n        }\n        targets\n        unmodelled\n      }\n      otherClusters {\n        id\n        name\n        namespace\n        cluster {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServiceDetail($id: ID!) {\n    service(id: $id) {\n      id\n      name\n      namespace\n      logicalKey\n      cluster {\n        name\n      }\n      versions\n      ports {\n        name\n        port\n        protocol\n        appProtocol\n      }\n      meshes {\n        id\n        kind\n        version\n        health\n      }\n      workloads {\n        id\n        kind\n        name\n        namespace\n        readyReplicas\n        desiredReplicas\n        dataPlaneMode\n        identity\n        version\n      }\n      policies {\n        id\n        kind\n        name\n        namespace\n        effects {\n          type\n          summary\n        }\n        targets\n        unmodelled\n      }\n      otherClusters {\n        id\n        name\n        namespace\n        cluster {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceMeshes {\n    meshes {\n      id\n      kind\n      version\n      cluster {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServiceMeshes {\n    meshes {\n      id\n      kind\n      version\n      cluster {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServicesPage($first: Int!, $after: String) {\n    services(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        namespace\n        cluster {\n          name\n        }\n        meshIds\n        versions\n        workloadIds\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServicesPage($first: Int!, $after: String) {\n    services(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        namespace\n        cluster {\n          name\n        }\n        meshIds\n        versions\n        workloadIds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FleetChanged {\n    fleetChanged {\n      revision\n      clusters\n      changedIds\n    }\n  }\n"): (typeof documents)["\n  subscription FleetChanged {\n    fleetChanged {\n      revision\n      clusters\n      changedIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FleetRevision {\n    fleet {\n      revision\n    }\n  }\n"): (typeof documents)["\n  query FleetRevision {\n    fleet {\n      revision\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;