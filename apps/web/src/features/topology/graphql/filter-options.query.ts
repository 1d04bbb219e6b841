import { type TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { type MeshKind } from './topology-data';

export interface FilterOptionsData {
  clusters: Array<{ name: string }>;
  meshes: Array<{ id: string; name: string; kind: MeshKind; cluster: { name: string } }>;
}

// The choices of the cluster and mesh filters: every one the hub knows, not only those in the
// graph on screen (which the filter itself narrows).
export const filterOptionsQuery: TypedDocumentNode<
  FilterOptionsData,
  Record<string, never>
> = parse(`
    query TopologyFilterOptions {
      clusters {
        name
      }
      meshes {
        id
        name
        kind
        cluster {
          name
        }
      }
    }
  `);
