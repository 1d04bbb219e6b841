import { type KubeService } from '@meshwork/adapters-core';
import { MeshLinkKind } from '@meshwork/model';
import { discoverPrimary, fixtureSnapshot } from '../testing/fixtures';
import { readMirror } from './mirror-service';

const links = () =>
  discoverPrimary(fixtureSnapshot('control-plane', 'emojivoto', 'multicluster').build()).result
    .links;

const mirror = (
  name: string,
  labels: Record<string, string>,
  annotations: Record<string, string> = {},
): KubeService => ({
  metadata: { name, namespace: 'shop', labels, annotations },
});

describe('Linkerd multicluster links', () => {
  it('reads a Link as a link to its target cluster with the gateway address', () => {
    expect(links().find((l) => l.kind === MeshLinkKind.LINKERD_LINK)).toEqual({
      id: 'east/linkerd-multicluster/MeshLink/LINKERD_LINK:west',
      kind: MeshLinkKind.LINKERD_LINK,
      fromCluster: 'east',
      fromMesh: 'east/linkerd/Mesh/linkerd',
      toCluster: 'west',
      source: {
        cluster: 'east',
        group: 'multicluster.linkerd.io',
        version: 'v1alpha1',
        kind: 'Link',
        namespace: 'linkerd-multicluster',
        name: 'west',
      },
      details: {
        mode: 'gateway',
        gatewayAddress: '203.0.113.40',
        gatewayPort: '4143',
        gatewayIdentity:
          'linkerd-gateway.linkerd-multicluster.serviceaccount.identity.linkerd.cluster.local',
        targetClusterDomain: 'cluster.local',
        targetClusterLinkerdNamespace: 'linkerd',
        probePath: '/ready',
        probePeriod: '3s',
      },
    });
  });

  it('reads each mirror Service as a link to the cluster holding the original', () => {
    const mirrors = links().filter((l) => l.kind === MeshLinkKind.LINKERD_MIRROR);
    expect(
      mirrors.map((l) => [l.id, l.toCluster, l.details['mode'], l.details['remoteService']]),
    ).toEqual([
      [
        'east/emojivoto/MeshLink/LINKERD_MIRROR:emoji-svc-federated@north',
        'north',
        'federated',
        'emoji-svc',
      ],
      [
        'east/emojivoto/MeshLink/LINKERD_MIRROR:emoji-svc-federated@west',
        'west',
        'federated',
        'emoji-svc',
      ],
      ['east/emojivoto/MeshLink/LINKERD_MIRROR:voting-svc-west', 'west', 'gateway', 'voting-svc'],
      [
        'east/emojivoto/MeshLink/LINKERD_MIRROR:web-svc-west',
        'west',
        'remote-discovery',
        'web-svc',
      ],
    ]);
  });

  it('has no links when the multicluster CRD is not installed and no mirrors exist', () => {
    const { result } = discoverPrimary(fixtureSnapshot('control-plane', 'emojivoto').build());
    expect(result.links).toEqual([]);
  });
});

describe('readMirror', () => {
  it('takes the original name from the remote FQDN rather than trimming the suffix', () => {
    const facts = readMirror(
      mirror(
        'cart-api-west',
        { 'mirror.linkerd.io/mirrored-service': 'true', 'mirror.linkerd.io/cluster-name': 'west' },
        { 'mirror.linkerd.io/remote-svc-fq-name': 'cart-api.store.svc.cluster.local' },
      ),
    );
    expect(facts).toMatchObject({
      mode: 'gateway',
      clusters: ['west'],
      name: 'cart-api',
      namespace: 'store',
    });
  });

  it('trims the -<cluster> suffix when the mirror has no remote name', () => {
    const facts = readMirror(
      mirror('cart-api-west', {
        'mirror.linkerd.io/mirrored-service': 'true',
        'mirror.linkerd.io/cluster-name': 'west',
      }),
    );
    expect(facts).toMatchObject({ name: 'cart-api', namespace: 'shop' });
  });

  it('ignores gateway probe mirrors and ordinary Services', () => {
    expect(
      readMirror(mirror('probe-gateway-west', { 'mirror.linkerd.io/mirrored-gateway': 'true' })),
    ).toBeUndefined();
    expect(readMirror(mirror('cart', { app: 'cart' }))).toBeUndefined();
  });
});
