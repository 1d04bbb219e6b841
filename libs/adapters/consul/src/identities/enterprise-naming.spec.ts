import { AccessAction, PolicyEffectType } from '@meshwork/model';
import { type KubeObject, SnapshotBuilder, type WorkloadObject } from '@meshwork/adapters-core';
import { discoverFixtures, loadFixtures, policyNamed } from '../__fixtures__/load-fixtures';
import { ConsulAdapter } from '../consul-adapter';
import { type ContainerWithCommand } from '../install/command-flags';

/** The shop fixtures under Consul Enterprise: mirrored namespaces (prefix k8s-) in partition team-a. */
function enterpriseSnapshot(...extra: KubeObject[]): SnapshotBuilder {
  const objects = loadFixtures('control-plane', 'shop-workloads').map((object) => {
    if (object.metadata.name !== 'consul-connect-injector') return object;
    const injector = structuredClone(object) as WorkloadObject;
    const container: ContainerWithCommand | undefined = injector.spec?.template?.spec.containers[0];
    if (!container?.command?.[2]) throw new Error('fixture injector has no command');
    container.command[2] +=
      ' -enable-partitions=true -enable-namespaces=true -enable-k8s-namespace-mirroring=true -k8s-namespace-mirroring-prefix=k8s-';
    container.env = [...(container.env ?? []), { name: 'CONSUL_PARTITION', value: 'team-a' }];
    return injector;
  });
  return new SnapshotBuilder('east', new ConsulAdapter().watchedKinds).add(...objects, ...extra);
}

describe('Consul Enterprise namespaces and partitions', () => {
  it('puts the partition and the mirrored namespace into workload identities', () => {
    const { mesh, discovery } = discoverFixtures(enterpriseSnapshot());
    expect(mesh.attributes).toMatchObject({
      partition: 'team-a',
      consulNamespaces: 'mirroring (prefix k8s-)',
    });
    expect(discovery.workloads.find((w) => w.name === 'frontend')?.identity?.value).toBe(
      'spiffe://unknown.consul/ap/team-a/ns/k8s-shop/dc/dc-east/svc/frontend',
    );
  });

  it('reads a wildcard source in a mirrored namespace as that Kubernetes namespace', () => {
    const intentions = {
      apiVersion: 'consul.hashicorp.com/v1alpha1',
      kind: 'ServiceIntentions',
      metadata: { name: 'api', namespace: 'shop' },
      spec: {
        destination: { name: 'api' },
        sources: [
          { name: '*', namespace: 'k8s-web', action: 'allow' },
          { name: 'auditor', partition: 'team-b', action: 'allow' },
        ],
      },
    };
    const { discovery } = discoverFixtures(enterpriseSnapshot(intentions));
    const policy = policyNamed(discovery, 'ServiceIntentions', 'api');
    expect(policy.targets).toEqual([{ type: 'SERVICE', service: 'east/shop/Service/api' }]);
    expect(policy.effects).toEqual([
      {
        type: PolicyEffectType.ACCESS,
        action: AccessAction.ALLOW,
        rules: [
          { from: [{ namespaces: ['web'] }], to: [] },
          { from: [{ identities: ['partition:team-b/ns/k8s-shop/svc/auditor'] }], to: [] },
        ],
      },
    ]);
  });
});
