import { SnapshotBuilder } from '@meshwork/adapters-core';
import { ControlPlaneHealth, MeshKind } from '@meshwork/model';
import { fixtureSnapshot } from '../testing/load-fixture';
import { detectIstioMeshes } from './detect-istio-meshes';

describe('detectIstioMeshes', () => {
  it('finds istiod with version, trust domain, cluster id and network', () => {
    const [mesh, ...others] = detectIstioMeshes(fixtureSnapshot('bookinfo-sidecar'));
    expect(others).toEqual([]);
    expect(mesh).toMatchObject({
      id: 'east/istio-system/Mesh/istio',
      kind: MeshKind.ISTIO,
      cluster: 'east',
      namespace: 'istio-system',
      version: '1.22.3',
      revision: 'default',
      trustDomain: 'east.example.com',
      health: ControlPlaneHealth.HEALTHY,
      attributes: { clusterId: 'east', network: 'network-east', rootNamespace: 'istio-system' },
    });
    expect(mesh?.controlPlanes).toEqual([
      {
        name: 'istiod',
        namespace: 'istio-system',
        revision: 'default',
        version: '1.22.3',
        trustDomain: 'east.example.com',
        replicas: { desired: 2, ready: 2 },
        health: ControlPlaneHealth.HEALTHY,
      },
    ]);
  });

  it('folds two revisions into one mesh whose default follows the `default` revision tag', () => {
    const meshes = detectIstioMeshes(fixtureSnapshot('two-revisions'));
    expect(meshes).toHaveLength(1);
    const [mesh] = meshes;
    expect(mesh?.revision).toBe('1-21');
    expect(mesh?.version).toBe('1.21.5');
    expect(mesh?.trustDomain).toBe('cluster.local');
    expect(mesh?.health).toBe(ControlPlaneHealth.DEGRADED);
    expect(
      mesh?.controlPlanes.map((cp) => [cp.revision, cp.version, cp.trustDomain, cp.health]),
    ).toEqual([
      ['1-21', '1.21.5', 'cluster.local', ControlPlaneHealth.HEALTHY],
      ['1-22', '1.22.3', 'prod.example.com', ControlPlaneHealth.DEGRADED],
    ]);
  });

  it('reads the version from a mirrored pilot image tag and defaults the trust domain', () => {
    const [mesh] = detectIstioMeshes(fixtureSnapshot('zero-workloads'));
    expect(mesh?.version).toBe('1.23.1');
    expect(mesh?.trustDomain).toBe('cluster.local');
    expect(mesh?.health).toBe(ControlPlaneHealth.DOWN);
  });

  it('marks ambient meshes and reports ztunnel readiness', () => {
    const [mesh] = detectIstioMeshes(fixtureSnapshot('ambient'));
    expect(mesh?.attributes).toMatchObject({ ambient: 'true', ztunnel: '2/3 ready' });
  });

  it('keeps defaults and records the error when the MeshConfig is not YAML', () => {
    const [mesh] = detectIstioMeshes(fixtureSnapshot('broken-config'));
    expect(mesh?.trustDomain).toBe('cluster.local');
    expect(mesh?.attributes['meshConfigError']).toMatch(/ConfigMap istio-system\/istio key mesh/);
  });

  it('finds istiod by name and discovery container when labels are missing, one mesh per namespace', () => {
    const istiod = (namespace: string, name: string) => ({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { namespace, name },
      spec: {
        template: { spec: { containers: [{ name: 'discovery', image: 'istio/pilot:1.20.1' }] } },
      },
    });
    const snapshot = new SnapshotBuilder('west')
      .add(istiod('tenant-b', 'istiod-blue'), istiod('istio-system', 'istiod'))
      .add({
        ...istiod('apps', 'istiod-lookalike'),
        spec: { template: { spec: { containers: [{ name: 'web' }] } } },
      })
      .build();
    const meshes = detectIstioMeshes(snapshot);
    expect(meshes.map((m) => [m.id, m.revision])).toEqual([
      ['west/istio-system/Mesh/istio', 'default'],
      ['west/tenant-b/Mesh/istio', 'blue'],
    ]);
  });

  it('finds nothing in a cluster without istiod', () => {
    expect(detectIstioMeshes(new SnapshotBuilder('bare').build())).toEqual([]);
  });
});
