import { type TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useCallback } from 'react';
import { type AnyVariables, useClient } from 'urql';

/** A loader for `useRefreshingResource` that runs `query` with the variables encoded in the key. */
export function useQueryLoader<Data, Variables extends AnyVariables>(
  query: TypedDocumentNode<Data, Variables>,
) {
  const client = useClient();
  return useCallback(
    async (key: string) => {
      const result = await client
        .query(query, JSON.parse(key) as Variables, { requestPolicy: 'network-only' })
        .toPromise();
      return { data: result.data, error: result.error };
    },
    [client, query],
  );
}
