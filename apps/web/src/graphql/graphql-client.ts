import { Client, fetchExchange } from 'urql';

/**
 * The one urql client. No document cache: every page polls or subscribes for live fleet state,
 * and a cached answer would pass stale data off as current. The API is same-origin in production
 * (the hub serves this app) and proxied by Vite in development.
 */
export const graphqlClient = new Client({
  url: '/graphql',
  exchanges: [fetchExchange],
  preferGetMethod: false,
});
