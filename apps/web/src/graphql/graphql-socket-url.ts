/**
 * The WebSocket address of the hub's GraphQL endpoint, on the same host as the page: `wss://` when
 * the page came over HTTPS (a browser refuses plain `ws://` from a secure page), `ws://` otherwise.
 */
export function graphqlSocketUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}/graphql`;
}
