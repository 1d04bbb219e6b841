import { type TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type AnyVariables } from 'urql';
import { useQueryLoader } from './use-query-loader';
import { type RefreshingResource, useRefreshingResource } from './use-refreshing-resource';

export type PolledQuery<Data> = RefreshingResource<Data>;

/**
 * Runs a query now and every `intervalMs` while the tab is visible, always from the network.
 * A refresh is skipped while the previous one for the same variables is still in flight, so a slow
 * hub is not piled on; one runs at once when the tab comes back to the front.
 */
export function usePolledQuery<Data, Variables extends AnyVariables>(
  query: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  intervalMs: number | undefined,
): PolledQuery<Data> {
  const load = useQueryLoader(query);
  // Variables are compared by value so that callers can pass object literals.
  return useRefreshingResource(JSON.stringify(variables ?? null), load, intervalMs);
}
