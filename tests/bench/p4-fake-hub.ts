// A stand-in hub for the Topology page: serves the built web app and answers its GraphQL queries
// from a generated topology. The benchmark measures the browser against it (so the numbers are the
// page's, not a resolver's), and the browser tests use it until the real hub answers `topology`.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { type AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { compileExpression, ExpressionError } from './p4-fake-expression';
import { type FakeNode, type FakeTopology, seededRandom } from './p4-fake-topology';

export interface FakeHub {
  url: string;
  /** How many topology queries were answered. */
  topologyRequests(): number;
  stop(): Promise<void>;
}

interface GraphqlRequest {
  query?: string;
  operationName?: string;
  variables?: Record<string, unknown>;
}

interface TopologyFilterInput {
  clusters?: string[];
  namespaces?: string[];
  meshes?: string[];
  granularity?: 'WORKLOAD' | 'SERVICE' | 'APP';
  find?: string;
  hide?: string;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.map': 'application/json',
};

const granularityKind = {
  WORKLOAD: ['WORKLOAD', 'Deployment'],
  SERVICE: ['SERVICE', 'Service'],
  APP: ['APP', 'App'],
} as const;

/** The topology the hub would answer for a filter: narrowed, regrouped, found and hidden. */
export function filterTopology(base: FakeTopology, filter: TopologyFilterInput = {}): FakeTopology {
  const [kind, kindSegment] = granularityKind[filter.granularity ?? 'SERVICE'];
  const renameId = (id: string) => id.replace('/Service/', `/${kindSegment}/`);
  const keep = (node: FakeNode) =>
    (!filter.clusters?.length || filter.clusters.includes(node.cluster)) &&
    (!filter.namespaces?.length || filter.namespaces.includes(node.namespace)) &&
    (!filter.meshes?.length || (node.mesh !== null && filter.meshes.includes(node.mesh)));
  const find = filter.find ? compileExpression(filter.find, 'find') : undefined;
  const hide = filter.hide ? compileExpression(filter.hide, 'hide') : undefined;
  const nodes = base.nodes
    .filter(keep)
    .map((node) => ({ ...node, id: renameId(node.id), kind }))
    .filter((node) => !hide?.(node))
    .map((node) => ({ ...node, highlighted: find?.(node) ?? false }));
  const kept = new Set(nodes.map((node) => node.id));
  const edges = base.edges
    .map((edge) => ({
      ...edge,
      id: edge.id.replaceAll('/Service/', `/${kindSegment}/`),
      source: renameId(edge.source),
      target: renameId(edge.target),
    }))
    .filter((edge) => kept.has(edge.source) && kept.has(edge.target) && !hide?.(edge))
    .map((edge) => ({ ...edge, highlighted: find?.(edge) ?? false }));
  return { ...base, nodes, edges, generatedAt: new Date().toISOString() };
}

function metricsFor(base: FakeTopology, id: string, window: number) {
  const node = base.nodes.find(
    (candidate) =>
      candidate.id.replace(/\/(Deployment|App)\//, '/Service/') ===
      id.replace(/\/(Deployment|App)\//, '/Service/'),
  );
  const random = seededRandom(id.length * 7919);
  const now = Date.now();
  const points = (level: number, spread: number) =>
    Array.from({ length: 60 }, (_, i) => ({
      t: new Date(now - ((59 - i) * window * 1000) / 60).toISOString(),
      v: Math.max(0, Math.round((level + (random() - 0.5) * spread) * 100) / 100),
    }));
  const rate = node?.requestRate ?? 0;
  return {
    serviceId: id,
    window,
    metricsAvailable: base.metricsAvailable,
    metricsError: base.metricsError,
    series: base.metricsAvailable
      ? [
          { name: 'requestRate', unit: 'rps', points: points(rate, rate * 0.4) },
          { name: 'errorRate', unit: '%', points: points(node?.errorRate ?? 0, 1) },
          { name: 'p50LatencyMs', unit: 'ms', points: points(12, 6) },
          { name: 'p95LatencyMs', unit: 'ms', points: points(48, 20) },
          { name: 'p99LatencyMs', unit: 'ms', points: points(120, 50) },
        ]
      : [],
  };
}

function answer(
  base: FakeTopology,
  request: GraphqlRequest,
  counters: { topology: number },
): unknown {
  const name =
    request.operationName ?? /(?:query|subscription)\s+(\w+)/.exec(request.query ?? '')?.[1];
  const variables = request.variables ?? {};
  switch (name) {
    case 'Topology':
      counters.topology += 1;
      try {
        return {
          data: {
            topology: filterTopology(base, variables.filter as TopologyFilterInput | undefined),
          },
        };
      } catch (error) {
        if (error instanceof ExpressionError) {
          const extensions = { code: 'INVALID_EXPRESSION', field: error.field, position: 1 };
          return { data: null, errors: [{ message: error.message, extensions }] };
        }
        throw error;
      }
    case 'ServiceMetrics':
      return {
        data: {
          serviceMetrics: metricsFor(base, String(variables.id), Number(variables.window ?? 3600)),
        },
      };
    case 'TopologyFilterOptions': {
      const clusters = [...new Set(base.nodes.map((node) => node.cluster))];
      const meshes = new Map<string, FakeNode>();
      for (const node of base.nodes)
        if (node.mesh && !meshes.has(node.mesh)) meshes.set(node.mesh, node);
      return {
        data: {
          clusters: clusters.map((cluster) => ({ name: cluster })),
          meshes: [...meshes.entries()].map(([id, node]) => ({
            id,
            name: id.split('/').pop(),
            kind: node.meshKind,
            cluster: { name: node.cluster },
          })),
        },
      };
    }
    default:
      return {
        data: null,
        errors: [{ message: `the fake hub does not answer ${name ?? 'this operation'}` }],
      };
  }
}

function serveFile(webRoot: string, url: string, response: ServerResponse): void {
  const path = normalize(decodeURIComponent(new URL(url, 'http://x').pathname));
  let file = join(webRoot, path);
  if (!file.startsWith(webRoot) || !existsSync(file) || statSync(file).isDirectory()) {
    // Client-side routes (/topology) get the app; the router takes it from there.
    file = join(webRoot, 'index.html');
  }
  response.writeHead(200, {
    'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
  });
  createReadStream(file).pipe(response);
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Starts the fake hub on 127.0.0.1 and a free port; `webRoot` is the built app (dist/apps/web). */
export async function startFakeHub(base: FakeTopology, webRoot: string): Promise<FakeHub> {
  const counters = { topology: 0 };
  const server = createServer((request, response) => {
    if (request.url?.startsWith('/graphql') && request.method === 'POST') {
      readBody(request)
        .then((body) => {
          const payload = JSON.stringify(
            answer(base, JSON.parse(body) as GraphqlRequest, counters),
          );
          response.writeHead(200, { 'content-type': 'application/json' });
          response.end(payload);
        })
        .catch((error: unknown) => {
          response.writeHead(500, { 'content-type': 'application/json' });
          response.end(JSON.stringify({ errors: [{ message: String(error) }] }));
        });
      return;
    }
    serveFile(webRoot, request.url ?? '/', response);
  });
  // No WebSocket: the app's live socket keeps retrying, and the page polls as it would offline.
  server.on('upgrade', (_request, socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    topologyRequests: () => counters.topology,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
