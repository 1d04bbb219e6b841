import { type Pod } from '@meshwork/adapters-core';
import { DataPlaneMode, IdentityScheme } from '@meshwork/model';
import { discoverPrimary, fixtureObject, fixtureSnapshot, variant } from '../testing/fixtures';

const workloadsOf = (...fixtures: string[]) =>
  discoverPrimary(fixtureSnapshot('control-plane', ...fixtures).build()).result.workloads;
const byName = (name: string, workloads = workloadsOf('emojivoto')) =>
  workloads.find((w) => w.name === name);

describe('Linkerd workloads', () => {
  it('marks workloads whose pods run linkerd-proxy as sidecar workloads with proxy version and identity', () => {
    expect(byName('emoji')).toMatchObject({
      id: 'east/emojivoto/Deployment/emoji',
      dataPlaneMode: DataPlaneMode.SIDECAR,
      mesh: 'east/linkerd/Mesh/linkerd',
      proxyVersion: 'edge-24.11.8',
      serviceAccount: 'emoji',
      version: 'v11',
      replicas: { desired: 2, ready: 2 },
      services: ['east/emojivoto/Service/emoji-svc'],
      identity: {
        scheme: IdentityScheme.LINKERD,
        value: 'emoji.emojivoto.serviceaccount.identity.linkerd.cluster.local',
        trustDomain: 'cluster.local',
        namespace: 'emojivoto',
        serviceAccount: 'emoji',
        mesh: 'east/linkerd/Mesh/linkerd',
      },
    });
  });

  it('recognises a proxy running as a native sidecar in initContainers', () => {
    expect(byName('voting-v2')).toMatchObject({
      dataPlaneMode: DataPlaneMode.NATIVE_SIDECAR,
      mesh: 'east/linkerd/Mesh/linkerd',
      identity: { value: 'voting.emojivoto.serviceaccount.identity.linkerd.cluster.local' },
    });
  });

  it('leaves the version undefined for workloads without a version label', () => {
    const web = byName('web');
    expect(web?.dataPlaneMode).toBe(DataPlaneMode.SIDECAR);
    expect(web?.version).toBeUndefined();
  });

  it('lists pods in an injected namespace that have no proxy yet as NONE, outside the mesh', () => {
    expect(byName('vote-bot')).toMatchObject({ dataPlaneMode: DataPlaneMode.NONE, services: [] });
    expect(byName('vote-bot')?.mesh).toBeUndefined();
    expect(byName('vote-bot')?.identity).toBeUndefined();
  });

  it('shows a workload scaled to zero with the mode and identity its pods will get, and no proxy version', () => {
    const canary = byName('emoji-canary');
    expect(canary).toMatchObject({
      dataPlaneMode: DataPlaneMode.SIDECAR,
      mesh: 'east/linkerd/Mesh/linkerd',
      replicas: { desired: 0, ready: 0 },
      identity: { value: 'emoji.emojivoto.serviceaccount.identity.linkerd.cluster.local' },
    });
    expect(canary?.proxyVersion).toBeUndefined();
  });

  it('counts control-plane Deployments as meshed from their pre-injected pod templates', () => {
    expect(byName('linkerd-identity')).toMatchObject({
      dataPlaneMode: DataPlaneMode.SIDECAR,
      proxyVersion: 'edge-24.11.8',
      identity: { value: 'linkerd-identity.linkerd.serviceaccount.identity.linkerd.cluster.local' },
    });
  });

  it('takes the identity from the proxy environment, including a custom trust domain', () => {
    const pod = variant(
      fixtureObject('emojivoto', 'Pod', 'voting-v2-58f7c6d9b4-q8r2s') as Pod,
      (p) => {
        const env = p.spec!.initContainers![1]!.env!;
        env.find((e) => e.name === '_l5d_trustdomain')!.value = 'east.example.org';
      },
    );
    const workloads = discoverPrimary(
      fixtureSnapshot('control-plane', 'emojivoto').add(pod).build(),
    ).result.workloads;
    expect(byName('voting-v2', workloads)?.identity).toMatchObject({
      value: 'voting.emojivoto.serviceaccount.identity.linkerd.east.example.org',
      trustDomain: 'east.example.org',
    });
  });

  it('gives no identity to pods with linkerd.io/identity-mode disabled', () => {
    const pod = variant(fixtureObject('emojivoto', 'Pod', 'web-5f86686c4d-7hz9x') as Pod, (p) => {
      p.metadata.annotations!['linkerd.io/identity-mode'] = 'disabled';
    });
    const workloads = discoverPrimary(
      fixtureSnapshot('control-plane', 'emojivoto').add(pod).build(),
    ).result.workloads;
    expect(byName('web', workloads)?.dataPlaneMode).toBe(DataPlaneMode.SIDECAR);
    expect(byName('web', workloads)?.identity).toBeUndefined();
  });

  it('reports the most common proxy version while an upgrade is half done', () => {
    const newer = variant(
      fixtureObject('emojivoto', 'Pod', 'emoji-6b9c7d8f5c-fghij') as Pod,
      (p) => {
        p.metadata.annotations!['linkerd.io/proxy-version'] = 'edge-24.12.1';
      },
    );
    const third = variant(newer, (p) => {
      p.metadata.name = 'emoji-6b9c7d8f5c-third';
    });
    const workloads = discoverPrimary(
      fixtureSnapshot('control-plane', 'emojivoto').add(newer, third).build(),
    ).result.workloads;
    expect(byName('emoji', workloads)?.proxyVersion).toBe('edge-24.12.1');
  });

  it('leaves workloads of another Linkerd control plane out', () => {
    const pod = variant(fixtureObject('emojivoto', 'Pod', 'web-5f86686c4d-7hz9x') as Pod, (p) => {
      p.metadata.labels!['linkerd.io/control-plane-ns'] = 'linkerd-canary';
    });
    const canaryDestination = variant(
      fixtureObject('control-plane', 'Deployment', 'linkerd-destination'),
      (d) => {
        d.metadata.namespace = 'linkerd-canary';
        d.metadata.labels!['linkerd.io/control-plane-ns'] = 'linkerd-canary';
      },
    );
    const snapshot = fixtureSnapshot('control-plane', 'emojivoto')
      .add(pod, canaryDestination)
      .build();
    expect(byName('web', discoverPrimary(snapshot).result.workloads)).toBeUndefined();
  });

  it('lists each identity once', () => {
    const { identities } = discoverPrimary(
      fixtureSnapshot('control-plane', 'emojivoto').build(),
    ).result;
    const values = identities.map((i) => i.value);
    expect(values).toEqual([...new Set(values)].sort());
    expect(values).toContain('voting.emojivoto.serviceaccount.identity.linkerd.cluster.local');
  });
});
