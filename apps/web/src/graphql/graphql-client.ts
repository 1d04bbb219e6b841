import { Client, fetchExchange, subscriptionExchange } from 'urql';
import { graphqlSocketUrl } from './graphql-socket-url';
import { LiveSocket } from './live-socket';

/** The subscription socket of the one urql client below; pages read its status to pick a poll rate. */
export const liveSocket = new LiveSocket(graphqlSocketUrl(window.location));

/**
 * The one urql client. No document cache: every page polls or subscribes for live fleet state,
 * and a cached answer would pass stale data off as current. The API is same-origin in production
 * (the hub serves this app) and proxied by Vite in development; subscriptions go over graphql-ws.
 */
export const graphqlClient = new Client({
  url: '/graphql',
  exchanges: [
    fetchExchange,
    subscriptionExchange({
      forwardSubscription: (request) => ({
        subscribe: (sink) => ({
          unsubscribe: liveSocket.client.subscribe(
            { ...request, query: request.query ?? '' },
            sink,
          ),
        }),
      }),
    }),
  ],
  preferGetMethod: false,
});
