import { type TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { type TopologyQueryData, type TopologyQueryVariables } from './topology-data';
import { topologyFields } from './topology-fields';

// The whole graph for one filter and window; the page asks again at its refresh interval.
export const topologyQuery: TypedDocumentNode<TopologyQueryData, TopologyQueryVariables> = parse(`
  query Topology($filter: TopologyFilter, $window: Int) {
    topology(filter: $filter, window: $window) {
      ${topologyFields}
    }
  }
`);
