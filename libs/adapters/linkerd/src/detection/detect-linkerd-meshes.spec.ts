import { type WorkloadObject } from '@meshwork/adapters-core';
import { ControlPlaneHealth, MeshKind } from '@meshwork/model';
import { LinkerdAdapter } from '../linkerd-adapter';
import { fixtureObject, fixtureSnapshot, variant } from '../testing/fixtures';

const adapter = new LinkerdAdapter();
const deployment = (name: string) =>
  fixtureObject('control-plane', 'Deployment', name) as WorkloadObject;

describe('detectLinkerdMeshes', () => {
  it('finds the control plane with its version, trust domain and one control plane per component', () => {
    const [mesh, ...others] = adapter.detect(fixtureSnapshot('control-plane').build());
    expect(others).toEqual([]);
    expect(mesh).toMatchObject({
      id: 'east/linkerd/Mesh/linkerd',
      kind: MeshKind.LINKERD,
      name: 'linkerd',
      namespace: 'linkerd',
      version: 'edge-24.11.8',
      trustDomain: 'cluster.local',
      health: ControlPlaneHealth.HEALTHY,
      attributes: {
        channel: 'edge',
        clusterDomain: 'cluster.local',
        defaultInboundPolicy: 'all-unauthenticated',
        extensions: 'multicluster,viz',
      },
    });
    expect(mesh?.controlPlanes.map((cp) => [cp.name, cp.replicas, cp.health])).toEqual([
      ['linkerd-destination', { desired: 3, ready: 3 }, ControlPlaneHealth.HEALTHY],
      ['linkerd-identity', { desired: 1, ready: 1 }, ControlPlaneHealth.HEALTHY],
      ['linkerd-proxy-injector', { desired: 1, ready: 1 }, ControlPlaneHealth.HEALTHY],
    ]);
  });

  it('returns nothing for a cluster without Linkerd', () => {
    expect(adapter.detect(fixtureSnapshot('emojivoto').build())).toEqual([]);
  });

  it('reports DEGRADED when a component has fewer ready replicas than desired', () => {
    const destination = variant(deployment('linkerd-destination'), (d) => {
      d.status = { replicas: 3, readyReplicas: 1 };
    });
    const [mesh] = adapter.detect(fixtureSnapshot('control-plane').add(destination).build());
    expect(mesh?.health).toBe(ControlPlaneHealth.DEGRADED);
    expect(mesh?.controlPlanes[0]?.health).toBe(ControlPlaneHealth.DEGRADED);
  });

  it('reports DOWN and names the component when identity is missing', () => {
    const complete = fixtureSnapshot('control-plane').build();
    const snapshot = fixtureSnapshot()
      .add(
        ...['linkerd-destination', 'linkerd-proxy-injector'].map(deployment),
        fixtureObject('control-plane', 'ConfigMap', 'linkerd-config'),
      )
      .build();
    expect(adapter.detect(complete)[0]?.attributes['missingComponents']).toBeUndefined();
    const [mesh] = adapter.detect(snapshot);
    expect(mesh?.health).toBe(ControlPlaneHealth.DOWN);
    expect(mesh?.attributes['missingComponents']).toBe('identity');
    expect(mesh?.controlPlanes.map((cp) => cp.name)).toEqual([
      'linkerd-destination',
      'linkerd-proxy-injector',
    ]);
  });

  it('takes the version from linkerd.io/created-by, then from the image tag, when the label is absent', () => {
    const unlabelled = (d: WorkloadObject) => {
      delete d.metadata.labels?.['app.kubernetes.io/version'];
    };
    const helm = variant(deployment('linkerd-destination'), (d) => {
      unlabelled(d);
      d.metadata.annotations = { 'linkerd.io/created-by': 'linkerd/helm stable-2.14.10' };
    });
    const bare = variant(deployment('linkerd-identity'), (d) => {
      unlabelled(d);
      d.metadata.annotations = {};
      d.spec!.template!.spec.containers[0]!.image =
        'registry.corp:5000/l5d/controller:enterprise-2.16.1';
    });
    const [mesh] = adapter.detect(fixtureSnapshot('control-plane').add(helm, bare).build());
    expect(mesh?.version).toBe('stable-2.14.10');
    expect(mesh?.attributes['channel']).toBe('stable');
    expect(mesh?.controlPlanes[1]?.version).toBe('enterprise-2.16.1');
  });

  it('lists several control planes, the linkerd namespace first, each with its own trust domain', () => {
    const other = (name: string) =>
      variant(deployment(name), (d) => {
        d.metadata.namespace = 'linkerd-canary';
        d.metadata.labels!['linkerd.io/control-plane-ns'] = 'linkerd-canary';
        d.metadata.labels!['app.kubernetes.io/version'] = 'edge-25.1.1';
        const args = d.spec?.template?.spec.containers.find((c) => c.name === 'identity')?.args;
        if (args) args[3] = '-identity-trust-domain=canary.example.org';
      });
    const snapshot = fixtureSnapshot('control-plane')
      .add(other('linkerd-destination'), other('linkerd-identity'), other('linkerd-proxy-injector'))
      .build();
    const meshes = adapter.detect(snapshot);
    expect(meshes.map((m) => [m.id, m.version, m.trustDomain])).toEqual([
      ['east/linkerd/Mesh/linkerd', 'edge-24.11.8', 'cluster.local'],
      ['east/linkerd-canary/Mesh/linkerd', 'edge-25.1.1', 'canary.example.org'],
    ]);
  });
});
