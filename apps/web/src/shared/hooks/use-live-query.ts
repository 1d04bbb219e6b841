import { type TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type AnyVariables } from 'urql';
import { type LiveRefreshOptions, type LiveResource, useLiveResource } from './use-live-resource';
import { useQueryLoader } from './use-query-loader';

/** A query that refetches after every fleet change, plus its own optional poll. */
export function useLiveQuery<Data, Variables extends AnyVariables>(
  query: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  options: LiveRefreshOptions = {},
): LiveResource<Data> {
  const load = useQueryLoader(query);
  return useLiveResource(JSON.stringify(variables ?? null), load, options);
}
