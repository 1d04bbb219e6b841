import { graphqlSocketUrl } from './graphql-socket-url';

describe('graphqlSocketUrl', () => {
  it('uses ws:// beside a page served over plain HTTP, keeping the port', () => {
    expect(graphqlSocketUrl({ protocol: 'http:', host: '127.0.0.1:4000' })).toBe(
      'ws://127.0.0.1:4000/graphql',
    );
  });

  it('uses wss:// beside a page served over HTTPS', () => {
    expect(graphqlSocketUrl({ protocol: 'https:', host: 'meshwork.example.com' })).toBe(
      'wss://meshwork.example.com/graphql',
    );
  });
});
