import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { TestCa } from '@meshwork/adapters-core/testing';
import { CertificateRole, MeshKind } from '@meshwork/model';
import pino from 'pino';
import { meshworkConfigSchema } from '../config/meshwork-config';
import { CertificateSourceState } from './certificate-source-state';
import { connectRootsCertificates } from './consul-connect-roots';
import { ConsulConnectRoots } from './consul-connect-roots.service';
import { meshOf } from './testing/certificate-fleet.fixture';

const south = meshOf('south', MeshKind.CONSUL, 'consul', 'consul');

/** A stand-in for the Consul HTTP API: roots with an index that moves when they change. */
class FakeConsul {
  index = 1;
  body: object = {};
  token: string | undefined;
  private readonly server: Server;
  private waiting: (() => void)[] = [];

  constructor() {
    this.server = createServer((req, res) => {
      this.token = req.headers['x-consul-token'] as string | undefined;
      const url = new URL(req.url ?? '/', 'http://x');
      const answer = () => {
        res.writeHead(200, {
          'content-type': 'application/json',
          'x-consul-index': String(this.index),
        });
        res.end(JSON.stringify(this.body));
      };
      if (url.pathname !== '/v1/connect/ca/roots') {
        res.writeHead(404).end();
      } else if (url.searchParams.get('index') === String(this.index)) {
        this.waiting.push(answer);
      } else {
        answer();
      }
    });
  }

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  change(body: object): void {
    this.body = body;
    this.index += 1;
    for (const answer of this.waiting.splice(0)) answer();
  }

  async close(): Promise<void> {
    for (const answer of this.waiting.splice(0)) answer();
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

const until = async (check: () => boolean, what: string) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 50));
  if (!check()) throw new Error(`timed out waiting for ${what}`);
};

describe('ConsulConnectRoots', () => {
  let root: TestCa;
  let intermediate: TestCa;
  let nextRoot: TestCa;

  beforeAll(async () => {
    root = await TestCa.root({
      subject: 'CN=Consul CA 7',
      daysLeft: 3650,
      uris: ['spiffe://11111111-2222-3333-4444-555555555555.consul'],
    });
    intermediate = await root.issue({ subject: 'CN=Consul CA 7 intermediate', daysLeft: 300 });
    nextRoot = await TestCa.root({ subject: 'CN=Consul CA 8', daysLeft: 3650 });
  });

  const rootsBody = (roots: { cert: TestCa; active: boolean; intermediates?: TestCa[] }[]) => ({
    TrustDomain: '11111111-2222-3333-4444-555555555555.consul',
    Roots: roots.map((r, i) => ({
      ID: `id-${i}`,
      Active: r.active,
      RootCert: r.cert.pem,
      IntermediateCerts: (r.intermediates ?? []).map((c) => c.pem),
    })),
  });

  it('turns the roots answer into certificates of the Consul mesh, with the trust domain', () => {
    const { certificates, errors, trustDomain } = connectRootsCertificates(
      'south',
      south,
      rootsBody([{ cert: root, active: true, intermediates: [intermediate] }]),
    );
    expect(errors).toEqual([]);
    expect(trustDomain).toBe('11111111-2222-3333-4444-555555555555.consul');
    expect(certificates.map((c) => [c.id, c.role, c.chain.status, c.trustDomain])).toEqual([
      [
        'south/consul/Certificate/ConsulAPI:connect-ca-roots:Roots[0].IntermediateCerts[0]:0',
        CertificateRole.INTERMEDIATE,
        'VALID',
        undefined,
      ],
      [
        'south/consul/Certificate/ConsulAPI:connect-ca-roots:Roots[0].RootCert:0',
        CertificateRole.ROOT,
        'SELF_SIGNED',
        '11111111-2222-3333-4444-555555555555.consul',
      ],
    ]);
    expect(connectRootsCertificates('south', south, { nope: 1 }).errors[0]!.message).toMatch(
      /no Roots list/,
    );
  });

  it('follows the API with blocking queries: sees a rotation, then an outage as an error with the last roots', async () => {
    const consul = new FakeConsul();
    consul.body = rootsBody([{ cert: root, active: true }]);
    const address = await consul.listen();
    const config = meshworkConfigSchema.parse({
      demo: 'never',
      consulHttpAddresses: [`south=${address}`],
      consulHttpToken: 'secret-token',
      clusterTimeoutMs: 500,
      clusterRetryMs: 200,
    });
    const roots = new ConsulConnectRoots(config, pino({ level: 'silent' }));
    const changes: string[] = [];
    roots.changes.subscribe((cluster) => changes.push(cluster));
    roots.onApplicationBootstrap();
    try {
      await until(() => roots.certificates([south]).length === 1, 'the first roots');
      expect(roots.statuses([south])).toEqual([
        expect.objectContaining({
          state: CertificateSourceState.OK,
          message: expect.stringContaining('trust domain 11111111'),
        }),
      ]);
      expect(consul.token).toBe('secret-token');

      consul.change(
        rootsBody([
          { cert: nextRoot, active: true },
          { cert: root, active: false },
        ]),
      );
      await until(() => roots.certificates([south]).length === 2, 'the rotation');
      const inactive = roots.certificates([south]).find((c) => c.subject === 'CN=Consul CA 7');
      expect(inactive?.note).toMatch(/inactive/);
      expect(changes).toEqual(['south', 'south']);

      await consul.close();
      await until(
        () => roots.statuses([south])[0]!.state === CertificateSourceState.ERROR,
        'the outage',
      );
      expect(roots.statuses([south])[0]!.message).toMatch(/showing the last roots read/);
      expect(roots.certificates([south])).toHaveLength(2);
    } finally {
      roots.onApplicationShutdown();
      await consul.close().catch(() => undefined);
    }
  }, 20_000);
});
