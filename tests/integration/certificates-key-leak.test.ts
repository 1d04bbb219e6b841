import { createPrivateKey } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { INestApplication } from '@nestjs/common';
import { FleetSim, scenarioFleet, type ScenarioCluster } from '@meshwork/fleet-sim';
import pino from 'pino';
import { loadClusterTargets } from '../../apps/api/src/clusters/kubeconfig-loader';
import { meshworkConfigSchema } from '../../apps/api/src/config/meshwork-config';
import { createApp } from '../../apps/api/src/create-app';
import { eventually } from '../support/hub-in-process';

// ---- The schema, as introspection tells it --------------------------------------------------------
interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface InputValue {
  name: string;
  type: TypeRef;
}
interface FieldInfo {
  name: string;
  args: InputValue[];
  type: TypeRef;
}
interface TypeInfo {
  kind: string;
  name: string;
  fields: FieldInfo[] | null;
  inputFields: InputValue[] | null;
  enumValues: { name: string }[] | null;
}

const TYPE_REF =
  'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';
const INTROSPECTION = `{ __schema { queryType { name } types { kind name
  fields(includeDeprecated: true) { name args { name type { ${TYPE_REF} } } type { ${TYPE_REF} } }
  inputFields { name type { ${TYPE_REF} } } enumValues { name } } } }`;

const named = (ref: TypeRef): TypeRef => (ref.ofType ? named(ref.ofType) : ref);
const required = (ref: TypeRef) => ref.kind === 'NON_NULL';
/** How deep a walk goes below each root field: deep enough for every nested certificate. */
const MAX_DEPTH = 5;

class SchemaWalker {
  private readonly types: Map<string, TypeInfo>;

  constructor(types: TypeInfo[]) {
    this.types = new Map(types.map((t) => [t.name, t]));
  }

  type(name: string): TypeInfo {
    return this.types.get(name)!;
  }

  /** Every field of an object type whose own arguments are all optional, scalars first, to MAX_DEPTH. */
  selection(typeName: string, depth: number): string {
    const type = this.types.get(typeName);
    if (!type?.fields) return '__typename';
    const parts = ['__typename'];
    for (const field of type.fields) {
      if (field.args.some((a) => required(a.type))) continue;
      const target = this.types.get(named(field.type).name!);
      if (!target || target.kind === 'SCALAR' || target.kind === 'ENUM') parts.push(field.name);
      else if (target.kind === 'OBJECT' && depth < MAX_DEPTH)
        parts.push(`${field.name} { ${this.selection(target.name, depth + 1)} }`);
    }
    return parts.join(' ');
  }

  /** A GraphQL literal for a required argument; ids come from what earlier answers returned. */
  literal(ref: TypeRef, id: string | undefined): string {
    const inner = named(ref);
    const type = this.types.get(inner.name!);
    if (ref.kind === 'LIST' || ref.ofType?.kind === 'LIST') return '[]';
    if (type?.kind === 'ENUM') return type.enumValues![0]!.name;
    if (type?.kind === 'INPUT_OBJECT') {
      const fields = (type.inputFields ?? []).filter((f) => required(f.type));
      return `{ ${fields.map((f) => `${f.name}: ${this.literal(f.type, id)}`).join(', ')} }`;
    }
    switch (inner.name) {
      case 'Int':
        return '10';
      case 'Float':
        return '1';
      case 'Boolean':
        return 'true';
      default:
        return JSON.stringify(id ?? 'x');
    }
  }
}

// ---- What must never come out ------------------------------------------------------------------
/** A window of `length` base64 characters of `body` that encodes only bytes [from, to) and no newline. */
function privateWindow(body: string, from: number, to: number, length = 20): string | undefined {
  for (let start = Math.ceil(from / 3) * 4; start + length <= Math.floor(to / 3) * 4; start += 4) {
    // PEM wraps at 64 characters: a window must not cross a line end to be found in PEM text.
    if (Math.floor(start / 64) === Math.floor((start + length - 1) / 64))
      return body.slice(start, start + length);
  }
  return undefined;
}

/**
 * For every private key in the scenario Secrets: base64 windows that encode only private bytes (the
 * EC scalar, the RSA private exponent), as they appear in the PEM and in the Secret's base64 value.
 * Windows over public bytes would also match the certificate, which may legitimately be returned.
 */
function storedKeys(clusters: readonly ScenarioCluster[]): { pem: string; value: string }[] {
  return clusters.flatMap((cluster) =>
    cluster.objects.flatMap((object) =>
      object.kind === 'Secret'
        ? Object.values((object as { data?: Record<string, string> }).data ?? {})
            .map((value) => ({ value, pem: Buffer.from(value, 'base64').toString('utf8') }))
            .filter(({ pem }) => pem.includes('PRIVATE KEY'))
        : [],
    ),
  );
}

function keyFingerprints(clusters: readonly ScenarioCluster[]): string[] {
  return storedKeys(clusters).flatMap(({ pem, value }) => {
    const key = createPrivateKey(pem);
    const der = key.export({ type: 'pkcs8', format: 'der' });
    const d = Buffer.from(key.export({ format: 'jwk' }).d!, 'base64url');
    const at = der.indexOf(d);
    const window = privateWindow(der.toString('base64'), at, at + Math.min(d.length, 96));
    if (at < 0 || !window) throw new Error('could not place the private part of a scenario key');
    const inText = pem.indexOf(window);
    const secretWindow = privateWindow(value, inText, inText + window.length, 16);
    if (!secretWindow) throw new Error('could not place the key in its Secret value');
    return [window, secretWindow];
  });
}

/** Every certificate value of the scenario, as stored (ConfigMap text, Secret base64). */
function storedCertificates(clusters: readonly ScenarioCluster[]): string[] {
  return clusters.flatMap((cluster) =>
    cluster.objects.flatMap((object) => {
      const values = Object.values((object as { data?: Record<string, string> }).data ?? {});
      if (object.kind === 'ConfigMap') return values.filter((v) => v.includes('BEGIN CERTIFICATE'));
      if (object.kind !== 'Secret') return [];
      return values
        .filter((v) => {
          const text = Buffer.from(v, 'base64').toString('utf8');
          return text.includes('BEGIN CERTIFICATE') && !text.includes('PRIVATE KEY');
        })
        .flatMap((v) => [v, Buffer.from(v, 'base64').toString('utf8')]);
    }),
  );
}

const b64 = (text: string) => Buffer.from(text).toString('base64');
/** `-----BEGIN ... PRIVATE KEY` as a Secret value starts, base64-encoded (whole characters only). */
const ENCODED_KEY_HEADERS = ['', 'EC ', 'RSA ', 'ENCRYPTED '].map((kind) => {
  const encoded = b64(`-----BEGIN ${kind}PRIVATE KEY`);
  return encoded.slice(0, Math.floor(encoded.replace(/=+$/, '').length / 4) * 4);
});

function leaksIn(text: string, fingerprints: readonly string[]): string[] {
  const found: string[] = [];
  if (text.includes('PRIVATE KEY')) found.push('a PRIVATE KEY block');
  for (const header of ENCODED_KEY_HEADERS)
    if (text.includes(header)) found.push(`a base64-encoded key header (${header})`);
  for (const piece of fingerprints) if (text.includes(piece)) found.push(`key material "${piece}"`);
  return found;
}

const KEY_LIKE_FIELD = /private|secretKey|keyPem|keyData|^tls\.key$|^key\.pem$|ca-key/i;

function keyLikeFields(value: unknown, path = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => keyLikeFields(v, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => [
    ...(KEY_LIKE_FIELD.test(key) ? [`${path}.${key}`] : []),
    // A certificate's source key names the Secret field it came from; a key field must never be one.
    ...(key === 'key' && typeof child === 'string' && KEY_LIKE_FIELD.test(child)
      ? [`${path}.key=${child}`]
      : []),
    ...keyLikeFields(child, `${path}.${key}`),
  ]);
}

// ---- The test ---------------------------------------------------------------------------------------
/**
 * The whole API, every query field, against the scenario fleet whose CA Secrets hold real private
 * keys: no response and no log line (at debug level) may carry any of them.
 */
describe('no private key leaves the hub (scenario fleet on fleet-sim, every query field)', () => {
  let sim: FleetSim;
  let app: INestApplication;
  let url: string;
  let fleet: ScenarioCluster[];
  const logs: string[] = [];

  const graphql = async (query: string) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
      signal: AbortSignal.timeout(15_000),
    });
    return { text: await response.text(), status: response.status };
  };

  beforeAll(async () => {
    fleet = await scenarioFleet();
    sim = await FleetSim.start({ clusters: fleet });
    const kubeconfig = join(mkdtempSync(join(tmpdir(), 'meshwork-leak-')), 'kubeconfig');
    await sim.writeKubeconfig(kubeconfig, { readOnly: true });
    const config = meshworkConfigSchema.parse({
      demo: 'never',
      inCluster: 'never',
      kubeconfig: [kubeconfig],
      logLevel: 'debug',
      graphqlMaxFields: 100_000,
      graphqlMaxDepth: 20,
    });
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logs.push(chunk.toString('utf8'));
        done();
      },
    });
    ({ app } = await createApp({
      config,
      logger: pino({ level: 'debug' }, sink),
      targets: loadClusterTargets(config.kubeconfig, config.contexts),
    }));
    await app.listen(0, '127.0.0.1');
    url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    await eventually(
      async () => {
        const { text } = await graphql('{ certificates { role cluster } }');
        const rows = (JSON.parse(text) as { data?: { certificates: { cluster: string }[] } }).data;
        const clusters = new Set(rows?.certificates.map((c) => c.cluster));
        return ['east', 'west', 'north', 'south', 'central'].every((c) => clusters.has(c))
          ? true
          : undefined;
      },
      45_000,
      'certificates from all five scenario clusters',
    );
  }, 90_000);

  afterAll(async () => {
    await app?.close();
    await sim?.stop();
  }, 30_000);

  it('answers every query field to depth 5 without a private key or a key-like field', async () => {
    const fingerprints = keyFingerprints(fleet);
    // Five keys are stored: Istio east and west intermediates, Linkerd issuer, Consul agent CA, OSM root.
    expect(fingerprints.length).toBe(5 * 2);
    // The detector sees each key in both shapes, and never mistakes a certificate for one.
    for (const { pem, value } of storedKeys(fleet)) {
      expect(fingerprints.filter((f) => pem.includes(f))).toHaveLength(1);
      expect(fingerprints.filter((f) => value.includes(f))).toHaveLength(1);
    }
    const certificates = storedCertificates(fleet);
    expect(certificates.length).toBeGreaterThan(10);
    for (const stored of certificates) expect(leaksIn(stored, fingerprints)).toEqual([]);

    const { text: schemaText } = await graphql(INTROSPECTION);
    const schema = (
      JSON.parse(schemaText) as {
        data: { __schema: { queryType: { name: string }; types: TypeInfo[] } };
      }
    ).data.__schema;
    const walker = new SchemaWalker(schema.types);
    const queryFields = walker.type(schema.queryType.name).fields!;
    const idsByType = new Map<string, Set<string>>();
    const collectIds = (value: unknown): void => {
      if (Array.isArray(value)) return value.forEach(collectIds);
      if (!value || typeof value !== 'object') return;
      const record = value as Record<string, unknown>;
      if (typeof record.__typename === 'string' && typeof record.id === 'string') {
        const set = idsByType.get(record.__typename) ?? new Set<string>();
        set.add(record.id);
        idsByType.set(record.__typename, set);
      }
      Object.values(record).forEach(collectIds);
    };

    const problems: string[] = [];
    const ran: string[] = [];
    const run = async (label: string, query: string) => {
      const { text } = await graphql(query);
      ran.push(label);
      for (const leak of leaksIn(text, fingerprints)) problems.push(`${label}: ${leak}`);
      const body = JSON.parse(text) as { data?: unknown };
      for (const field of keyLikeFields(body.data))
        problems.push(`${label}: key-like field ${field}`);
      collectIds(body.data);
    };

    const withoutArgs = queryFields.filter((f) => !f.args.some((a) => required(a.type)));
    const withArgs = queryFields.filter((f) => f.args.some((a) => required(a.type)));
    for (const field of withoutArgs) {
      const target = named(field.type).name!;
      const isLeaf = ['SCALAR', 'ENUM'].includes(walker.type(target)?.kind ?? 'SCALAR');
      await run(
        field.name,
        `{ ${field.name}${isLeaf ? '' : ` { ${walker.selection(target, 1)} }`} }`,
      );
    }
    for (const field of withArgs) {
      const target = named(field.type).name!;
      // Real ids of the returned type's family: `certificate` gets every Certificate id, and so on.
      const ids = [...idsByType.entries()]
        .filter(([typename]) => target.startsWith(typename))
        .flatMap(([, set]) => [...set]);
      const candidates = ids.length ? ids.slice(0, 60) : [undefined];
      for (const id of candidates) {
        const args = field.args
          .filter((a) => required(a.type))
          .map((a) => `${a.name}: ${walker.literal(a.type, id)}`)
          .join(', ');
        await run(
          `${field.name}(${id ?? ''})`,
          `{ ${field.name}(${args}) { ${walker.selection(target, 1)} } }`,
        );
      }
    }

    const metrics = await fetch(`${url}/metrics`).then((r) => r.text());
    for (const leak of leaksIn(metrics, fingerprints)) problems.push(`/metrics: ${leak}`);
    expect(metrics).toContain('meshwork_certificate_expiry_timestamp_seconds{');

    expect(problems).toEqual([]);
    expect(ran).toEqual(expect.arrayContaining(['certificates', 'trustFindings', 'meshes']));
    const certificateIds = [...(idsByType.get('Certificate') ?? [])];
    expect(certificateIds.length).toBeGreaterThanOrEqual(8);
    // The detail of every certificate was asked for, chain included.
    expect(ran.filter((r) => r.startsWith('certificate(')).length).toBeGreaterThanOrEqual(
      Math.min(certificateIds.length, 60),
    );
  }, 120_000);

  it('logs no private key at debug level', () => {
    const all = logs.join('');
    // The logger ran at debug: whatever the hub chose to log at any level is in `all`.
    expect(all).toContain('"cluster":"central"');
    expect(leaksIn(all, keyFingerprints(fleet))).toEqual([]);
  });
});
