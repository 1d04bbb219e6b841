import { type TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { type TopologyQueryVariables, type TopologyUpdatedData } from './topology-data';
import { topologyFields } from './topology-fields';

// The same graph pushed by the hub whenever it changes, while the live socket is up.
export const topologyUpdatedSubscription: TypedDocumentNode<
  TopologyUpdatedData,
  TopologyQueryVariables
> = parse(`
  subscription TopologyUpdated($filter: TopologyFilter, $window: Int) {
    topologyUpdated(filter: $filter, window: $window) {
      ${topologyFields}
    }
  }
`);
