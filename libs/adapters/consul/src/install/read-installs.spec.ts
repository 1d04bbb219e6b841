import { ControlPlaneHealth, MeshKind } from '@meshwork/model';
import { fixtureSnapshot, loadFixtures } from '../__fixtures__/load-fixtures';
import { ConsulAdapter } from '../consul-adapter';
import { SnapshotBuilder } from '@meshwork/adapters-core';

const adapter = new ConsulAdapter();

describe('ConsulAdapter.detect', () => {
  it('finds a release from its server StatefulSet and injector Deployment', () => {
    const [mesh, ...rest] = adapter.detect(fixtureSnapshot('east', 'control-plane').build());
    expect(rest).toEqual([]);
    expect(mesh).toMatchObject({
      id: 'east/consul/Mesh/consul',
      kind: MeshKind.CONSUL,
      name: 'consul',
      namespace: 'consul',
      version: '1.18.1',
      health: ControlPlaneHealth.HEALTHY,
      controlPlanes: [
        {
          name: 'consul-server',
          revision: 'default',
          version: '1.18.1',
          replicas: { desired: 4, ready: 4 },
          health: ControlPlaneHealth.HEALTHY,
        },
      ],
      attributes: {
        datacenter: 'dc-east',
        domain: 'consul',
        servers: '3/3',
        connectInjector: '1/1',
        consulK8sVersion: '1.4.1',
        peering: 'enabled',
        defaultInject: 'false',
        meshGateways: 'consul-mesh-gateway',
      },
    });
    expect(mesh?.trustDomain).toBeUndefined();
  });

  it('tells two releases in one cluster apart and rates each on its own replicas', () => {
    const meshes = adapter.detect(
      fixtureSnapshot('east', 'control-plane', 'second-release').build(),
    );
    expect(meshes.map((m) => m.id).sort()).toEqual([
      'east/consul-team-b/Mesh/team-b-consul',
      'east/consul/Mesh/consul',
    ]);
    const teamB = meshes.find((m) => m.name === 'team-b-consul');
    expect(teamB).toMatchObject({
      version: '1.17.3',
      health: ControlPlaneHealth.DEGRADED,
      attributes: {
        datacenter: 'dc-b',
        servers: '1/3',
        connectInjector: '2/2',
        defaultInject: 'true',
      },
    });
  });

  it('reports a release whose injector has no ready replica as DOWN even with healthy servers', () => {
    const objects = loadFixtures('control-plane').map((o) =>
      o.metadata.name === 'consul-connect-injector' ? { ...o, status: { readyReplicas: 0 } } : o,
    );
    const [mesh] = adapter.detect(new SnapshotBuilder('east').add(...objects).build());
    expect(mesh?.health).toBe(ControlPlaneHealth.DOWN);
    expect(mesh?.attributes['connectInjector']).toBe('0/1');
  });

  it('detects an injector-only release (external servers) with the version from -consul-image', () => {
    const objects = loadFixtures('control-plane').filter((o) => o.kind !== 'StatefulSet');
    const [mesh] = adapter.detect(new SnapshotBuilder('east').add(...objects).build());
    expect(mesh).toMatchObject({
      version: '1.18.1',
      controlPlanes: [{ name: 'consul-connect-injector', replicas: { desired: 1, ready: 1 } }],
      attributes: { servers: 'external', datacenter: 'dc-east' },
    });
  });

  it('recognises the consul-helm 0.x injector Deployment name', () => {
    const injector = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: {
        name: 'hashicorp-consul-connect-injector-webhook-deployment',
        namespace: 'infra',
        labels: { app: 'consul', chart: 'consul-helm', component: 'connect-injector' },
      },
      spec: {
        replicas: 1,
        template: {
          spec: {
            containers: [
              {
                name: 'sidecar-injector',
                image: 'hashicorp/consul-k8s:0.26.0',
                command: ['consul-k8s'],
              },
            ],
          },
        },
      },
      status: { readyReplicas: 1 },
    };
    const [mesh] = adapter.detect(new SnapshotBuilder('old').add(injector).build());
    expect(mesh).toMatchObject({ id: 'old/infra/Mesh/hashicorp-consul', name: 'hashicorp-consul' });
  });

  it('ignores Deployments that only look like Consul (no consul-helm chart label)', () => {
    const lookalike = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: {
        name: 'consul-connect-injector',
        namespace: 'x',
        labels: { component: 'connect-injector' },
      },
      spec: { template: { spec: { containers: [] } } },
    };
    expect(adapter.detect(new SnapshotBuilder('east').add(lookalike).build())).toEqual([]);
  });

  it('returns no mesh for a cluster without Consul', () => {
    expect(adapter.detect(fixtureSnapshot('east', 'shop-workloads').build())).toEqual([]);
  });
});
