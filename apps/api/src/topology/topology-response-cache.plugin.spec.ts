import { ApolloServer, HeaderMap } from '@apollo/server';
import { Health } from '@meshwork/model';
import { sharedBodies } from '../graphql/shared-bodies';
import type { TopologyGraph, TopologyNode } from './graph/topology-graph';
import { TopologyResponseCachePlugin } from './topology-response-cache.plugin';
import type { TopologyService } from './topology.service';

const typeDefs = `
  input TopologyFilter { find: String }
  type TopologyNode { id: ID! name: String! }
  type Topology { nodes: [TopologyNode!]! window: Int! }
  type Query { topology(filter: TopologyFilter, window: Int): Topology! version: String! }
`;

const node = (name: string): TopologyNode => ({
  id: `east/shop/Service/${name}`,
  kind: 'SERVICE',
  cluster: 'east',
  namespace: 'shop',
  name,
  health: Health.HEALTHY,
  healthReasons: [],
  idle: false,
  trafficSource: false,
  highlighted: false,
  certificateAlert: false,
});

const graph = (names: string[], window = 300): TopologyGraph => ({
  nodes: names.map(node),
  edges: [],
  window,
  generatedAt: new Date(0),
  metricsAvailable: true,
  metricsSource: 'simulated',
});

describe('TopologyResponseCachePlugin', () => {
  let current: Map<number, TopologyGraph>;
  let executions: number;
  let server: ApolloServer;

  // The service's cache in miniature: one graph object per window until the test replaces it.
  const service = {
    topology: (_filter: unknown, window = 300) => {
      const found = current.get(window);
      return found ? Promise.resolve(found) : Promise.reject(new Error('invalid window'));
    },
  } as unknown as TopologyService;

  const post = async (
    query: string,
    variables?: Record<string, unknown>,
    operationName?: string,
  ) => {
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: 'POST',
        headers: new HeaderMap([['content-type', 'application/json']]),
        search: '',
        // As the JSON body parser would hand it over: no keys for absent values.
        body: JSON.parse(JSON.stringify({ query, variables, operationName })) as unknown,
      },
      context: () => Promise.resolve({}),
    });
    if (response.body.kind !== 'complete') throw new Error('expected a complete body');
    return response.body.string;
  };

  beforeEach(async () => {
    current = new Map([
      [300, graph(['cart', 'web'])],
      [60, graph(['cart'], 60)],
    ]);
    executions = 0;
    server = new ApolloServer({
      typeDefs,
      resolvers: {
        Query: {
          topology: (_: unknown, args: { filter?: unknown; window?: number }) => {
            executions += 1;
            return service.topology(args.filter as never, args.window);
          },
          version: () => `v${executions}`,
        },
      },
      plugins: [new TopologyResponseCachePlugin(service)],
      stringifyResult: sharedBodies.stringifyResult,
    });
    await server.start();
  });

  afterEach(() => server.stop());

  const query = '{ topology { nodes { id name } window } }';

  it('answers the same document again from the same graph without executing, byte for byte', async () => {
    const first = await post(query);
    const second = await post(query);
    expect(executions).toBe(1);
    expect(second).toBe(first);
    expect(JSON.parse(first)).toEqual({
      data: {
        topology: {
          nodes: [
            { id: 'east/shop/Service/cart', name: 'cart' },
            { id: 'east/shop/Service/web', name: 'web' },
          ],
          window: 300,
        },
      },
    });
  });

  it('executes again once the service returns another graph, and answers from the new one', async () => {
    await post(query);
    current.set(300, graph(['cart', 'web', 'checkout']));
    const after = JSON.parse(await post(query)) as {
      data: { topology: { nodes: Array<{ name: string }> } };
    };
    expect(executions).toBe(2);
    expect(after.data.topology.nodes.map((n) => n.name)).toEqual(['cart', 'web', 'checkout']);
    await post(query);
    expect(executions).toBe(2);
  });

  it('keys answers by variables and operation name', async () => {
    const byWindow = 'query ByWindow($w: Int) { topology(window: $w) { nodes { name } window } }';
    const wide = await post(byWindow, { w: 300 });
    const narrow = await post(byWindow, { w: 60 });
    expect(JSON.parse(narrow)).toEqual({
      data: { topology: { nodes: [{ name: 'cart' }], window: 60 } },
    });
    expect(await post(byWindow, { w: 300 })).toBe(wide);
    expect(await post(byWindow, { w: 60 })).toBe(narrow);
    expect(executions).toBe(2);

    const two = `query A { topology { window } } query B { topology(window: 60) { window } }`;
    expect(JSON.parse(await post(two, undefined, 'A'))).toEqual({
      data: { topology: { window: 300 } },
    });
    expect(JSON.parse(await post(two, undefined, 'B'))).toEqual({
      data: { topology: { window: 60 } },
    });
    expect(executions).toBe(4);
  });

  it('allows __typename beside topology but executes documents with other root fields every time', async () => {
    await post('{ __typename topology { window } }');
    await post('{ __typename topology { window } }');
    expect(executions).toBe(1);

    const mixed = '{ topology { window } version }';
    const first = JSON.parse(await post(mixed)) as { data: { version: string } };
    const second = JSON.parse(await post(mixed)) as { data: { version: string } };
    expect([first.data.version, second.data.version]).toEqual(['v2', 'v3']);
  });

  it('never keeps an answer with errors', async () => {
    // A node without a name breaks the non-null contract: the answer carries an error.
    current.set(300, { ...graph(['cart']), nodes: [{ ...node('cart'), name: null as never }] });
    const first = JSON.parse(await post(query)) as { errors?: unknown[] };
    await post(query);
    expect(first.errors).toHaveLength(1);
    expect(executions).toBe(2);

    // Arguments the service refuses fail in execution, every time.
    const refused = JSON.parse(await post('{ topology(window: 5) { window } }')) as {
      errors?: Array<{ message: string }>;
    };
    await post('{ topology(window: 5) { window } }');
    expect(refused.errors?.[0]?.message).toBe('invalid window');
    expect(executions).toBe(4);
  });
});
