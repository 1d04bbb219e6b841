import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PrometheusClient } from './prometheus-client';
import { PrometheusError } from './prometheus-error';

interface Seen {
  path?: string;
  body: string;
  authorization?: string;
}

async function fakePrometheus(
  answer: (
    req: IncomingMessage,
    body: string,
  ) => { status: number; body: unknown; delayMs?: number },
): Promise<{ url: string; seen: Seen[]; server: Server }> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push({ path: req.url, body, authorization: req.headers.authorization });
      const reply = answer(req, body);
      setTimeout(
        () =>
          res
            .writeHead(reply.status, { 'content-type': 'application/json' })
            .end(JSON.stringify(reply.body)),
        reply.delayMs ?? 0,
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, server };
}

describe('PrometheusClient', () => {
  const servers: Server[] = [];
  afterEach(async () => {
    for (const s of servers.splice(0)) {
      s.closeAllConnections();
      await new Promise((resolve) => s.close(resolve));
    }
  });

  it('posts instant queries and reads vector results, with a bearer token', async () => {
    const fake = await fakePrometheus(() => ({
      status: 200,
      body: {
        status: 'success',
        data: { resultType: 'vector', result: [{ metric: { a: '1' }, value: [1, '2.5'] }] },
      },
    }));
    servers.push(fake.server);
    const client = new PrometheusClient({ url: `${fake.url}/`, bearerToken: 'secret' }, 2_000);
    expect(await client.query('up')).toEqual([{ metric: { a: '1' }, value: 2.5 }]);
    expect(fake.seen[0]).toMatchObject({
      path: '/api/v1/query',
      body: 'query=up',
      authorization: 'Bearer secret',
    });
  });

  it('reads range results with basic auth', async () => {
    const fake = await fakePrometheus(() => ({
      status: 200,
      body: {
        status: 'success',
        data: {
          resultType: 'matrix',
          result: [
            {
              metric: {},
              values: [
                [10, '1'],
                [20, 'NaN'],
              ],
            },
          ],
        },
      },
    }));
    servers.push(fake.server);
    const client = new PrometheusClient({ url: fake.url, username: 'u', password: 'p' }, 2_000);
    const [series] = await client.queryRange('up', new Date(0), new Date(20_000), 10);
    expect(series!.points[0]).toEqual({ t: 10_000, v: 1 });
    expect(fake.seen[0]!.path).toBe('/api/v1/query_range');
    expect(fake.seen[0]!.body).toContain('step=10');
    expect(fake.seen[0]!.authorization).toBe(`Basic ${Buffer.from('u:p').toString('base64')}`);
  });

  it('names the endpoint (without credentials) and the reason when it fails', async () => {
    const fake = await fakePrometheus((_, body) =>
      body.includes('slow')
        ? { status: 200, body: {}, delayMs: 1_500 }
        : { status: 400, body: { status: 'error', errorType: 'bad_data', error: 'parse error' } },
    );
    servers.push(fake.server);
    const url = fake.url.replace('http://', 'http://user:pw@');
    await expect(new PrometheusClient({ url }, 5_000).query('bad(')).rejects.toThrow(
      `${fake.url}: bad_data: parse error`,
    );
    expect(fake.seen[0]!.authorization).toBe(`Basic ${Buffer.from('user:pw').toString('base64')}`);
    await expect(new PrometheusClient({ url }, 100).query('slow')).rejects.toThrow(
      'no answer within 100 ms',
    );
    const dead = new PrometheusClient({ url: 'http://127.0.0.1:1' }, 1_000);
    const error = await dead.query('up').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrometheusError);
    expect((error as Error).message).toMatch(/^http:\/\/127\.0\.0\.1:1: unreachable/);
  });
});
