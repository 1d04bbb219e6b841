import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KubernetesObjectApi, RbacAuthorizationV1Api } from '@kubernetes/client-node';
import { CoreKinds } from '@meshwork/adapters-core';
import pino from 'pino';
import { kubeRequest } from '../../apps/api/src/clusters/kube-http';
import { ClusterConnection } from '../../apps/api/src/fleet/cluster-connection';
import { clusterKubeConfig } from '../support/cluster-kube-config';
import { startControlPlane, type ControlPlane } from '../support/control-plane';
import { isControlPlaneSkipped } from '../support/control-plane-state';
import { createObjects } from '../support/create-objects';
import { eventually, startHubInProcess, type InProcessHub } from '../support/hub-in-process';
import { meshedDeployment, minimalIstio } from '../support/istio-objects';
import { writeKubeconfig } from '../support/kubeconfig-file';
import { READ_ONLY_USER } from '../support/read-only-role';

interface ClusterRow {
  name: string;
  reachability: string;
  stale: boolean;
  lastSyncedAt: string | null;
  errors: Array<{
    code: string;
    verb: string | null;
    group: string | null;
    resource: string | null;
    message: string;
  }>;
}
interface MeshRow {
  id: string;
  kind: string;
  cluster: { name: string };
}

const CLUSTERS_QUERY =
  '{ clusters { name reachability stale lastSyncedAt errors { code verb group resource message } } }';
const MESHES_QUERY = '{ meshes { id kind cluster { name } } }';

/**
 * Failures on real kube-apiservers (a private control plane: these tests stop and restart apiservers
 * and change RBAC, which the shared one must not see). The hub uses the read-only identity, as in production.
 */
(isControlPlaneSkipped() ? describe.skip : describe)(
  'the hub when real clusters fail (private control plane)',
  () => {
    let plane: ControlPlane;
    let hub: InProcessHub;
    const clusters = () =>
      hub.graphql<{ clusters: ClusterRow[] }>(CLUSTERS_QUERY).then((d) => d.clusters);
    const meshes = () => hub.graphql<{ meshes: MeshRow[] }>(MESHES_QUERY).then((d) => d.meshes);
    const row = async (name: string) => (await clusters()).find((c) => c.name === name);

    beforeAll(async () => {
      plane = await startControlPlane({ clusters: ['alpha', 'beta'] });
      for (const cluster of plane.clusters)
        await createObjects(clusterKubeConfig(cluster, 'admin'), minimalIstio());
      const kubeconfig = join(mkdtempSync(join(tmpdir(), 'meshwork-failures-')), 'kubeconfig');
      writeKubeconfig(
        kubeconfig,
        plane.clusters.map((c) => ({
          context: c.name,
          cluster: c.name,
          server: c.server,
          caPem: c.caPem,
          user: `${c.name}-reader`,
          token: c.readOnlyToken,
        })),
      );
      hub = await startHubInProcess(kubeconfig, {
        clusterTimeoutMs: 2_000,
        clusterRetryMs: 3_000,
        clusterWatchSeconds: 3,
      });
      await eventually(
        async () => ((await meshes()).length === 2 ? true : undefined),
        30_000,
        'both meshes',
      );
    }, 180_000);

    afterAll(async () => {
      await hub?.stop();
      await plane?.stop();
    });

    it('discovers the Istio mesh in both clusters through the read-only identity', async () => {
      expect((await meshes()).map((m) => `${m.cluster.name}:${m.kind}`).sort()).toEqual([
        'alpha:ISTIO',
        'beta:ISTIO',
      ]);
      expect((await row('alpha'))?.errors).toEqual([]);
    });

    it('marks a cluster UNREACHABLE within 10 s of its apiserver stopping, serves its data as stale, and leaves the others alone', async () => {
      const before = await meshes();
      await plane.cluster('beta').stop();
      const { ms } = await eventually(
        async () => ((await row('beta'))?.reachability === 'UNREACHABLE' ? true : undefined),
        10_000,
        'beta UNREACHABLE',
      );
      expect(ms).toBeLessThan(10_000);
      const beta = await row('beta');
      expect(beta?.stale).toBe(true);
      expect(beta?.lastSyncedAt).not.toBeNull();
      expect(await row('alpha')).toMatchObject({ reachability: 'REACHABLE', stale: false });
      expect(await meshes()).toEqual(before);
    });

    it('re-syncs a restarted cluster without duplicates', async () => {
      await plane.cluster('beta').start();
      await eventually(
        async () => ((await row('beta'))?.reachability === 'REACHABLE' ? true : undefined),
        30_000,
        'beta REACHABLE',
      );
      await createObjects(clusterKubeConfig(plane.cluster('beta'), 'admin'), [
        {
          apiVersion: 'v1',
          kind: 'Service',
          metadata: { name: 'added-after-restart', namespace: 'shop', labels: { app: 'cart' } },
          spec: { selector: { app: 'cart' }, ports: [{ port: 80 }] },
        } as never,
      ]);
      const { value } = await eventually(
        async () => {
          const { services } = await hub.graphql<{ services: { nodes: Array<{ id: string }> } }>(
            '{ services(filter: { clusters: ["beta"] }) { nodes { id } } }',
          );
          const ids = services.nodes.map((s) => s.id);
          return ids.includes('beta/shop/Service/added-after-restart') ? ids : undefined;
        },
        30_000,
        'the service created after the restart',
      );
      expect(new Set(value).size).toBe(value.length);
      expect((await meshes()).filter((m) => m.cluster.name === 'beta')).toHaveLength(1);
    });

    it('reports a kind the identity may no longer list as an error naming verb, group and resource, and keeps the rest', async () => {
      const rbac = clusterKubeConfig(plane.cluster('alpha'), 'admin').makeApiClient(
        RbacAuthorizationV1Api,
      );
      // RBAC cannot deny; re-grant everything except Services.
      await rbac.replaceClusterRole({
        name: READ_ONLY_USER,
        body: {
          metadata: { name: READ_ONLY_USER },
          rules: [
            {
              apiGroups: [''],
              resources: [
                'namespaces',
                'pods',
                'configmaps',
                'secrets',
                'serviceaccounts',
                'endpoints',
              ],
              verbs: ['get', 'list', 'watch'],
            },
            {
              apiGroups: ['*'],
              resources: [
                'deployments',
                'replicasets',
                'statefulsets',
                'daemonsets',
                'jobs',
                'customresourcedefinitions',
              ],
              verbs: ['get', 'list', 'watch'],
            },
            { nonResourceURLs: ['*'], verbs: ['get'] },
          ],
        },
      });
      const { value: error } = await eventually(
        async () =>
          (await row('alpha'))?.errors.find(
            (e) => e.code === 'FORBIDDEN' && e.resource === 'services',
          ),
        30_000,
        'a FORBIDDEN error for services',
      );
      expect(error).toMatchObject({ verb: 'list', group: '', resource: 'services' });
      expect(error.message).toMatch(/not allowed to list services/);
      expect((await meshes()).some((m) => m.cluster.name === 'alpha')).toBe(true);

      // Give the right back: the error goes away once the retried list succeeds.
      await rbac.replaceClusterRole({
        name: READ_ONLY_USER,
        body: {
          metadata: { name: READ_ONLY_USER },
          rules: [
            { apiGroups: ['*'], resources: ['*'], verbs: ['get', 'list', 'watch'] },
            { nonResourceURLs: ['*'], verbs: ['get'] },
          ],
        },
      });
      await eventually(
        async () =>
          (await row('alpha'))?.errors.some((e) => e.resource === 'services') ? undefined : true,
        30_000,
        'the FORBIDDEN error to clear',
      );
    });

    it('syncs a cluster that refuses one kind where access reviews cannot be made, and names the kind', async () => {
      const admin = clusterKubeConfig(plane.cluster('alpha'), 'admin');
      const reader = clusterKubeConfig(plane.cluster('alpha'), 'readonly');
      const rbac = admin.makeApiClient(RbacAuthorizationV1Api);
      // A hardened cluster: no system:basic-user, so the reader may not review its own access (the
      // review then counts as allowed and the refusal comes from the list itself).
      const basicUser = await rbac.readClusterRoleBinding({ name: 'system:basic-user' });
      await rbac.deleteClusterRoleBinding({ name: 'system:basic-user' });
      const fullRole = await rbac.readClusterRole({ name: READ_ONLY_USER });
      await rbac.replaceClusterRole({
        name: READ_ONLY_USER,
        body: {
          metadata: { name: READ_ONLY_USER },
          rules: [
            { apiGroups: [''], resources: ['namespaces', 'pods'], verbs: ['get', 'list', 'watch'] },
            { nonResourceURLs: ['*'], verbs: ['get'] },
          ],
        },
      });
      const connection = new ClusterConnection(
        'alpha',
        reader,
        [CoreKinds.Namespace, CoreKinds.Pod, CoreKinds.Service],
        { timeoutMs: 2_000, maxBackoffMs: 1_000 },
        pino({ level: 'silent' }),
        () => undefined,
      );
      try {
        // RBAC applies changes through an informer: wait until both refusals are in force.
        await eventually(
          async () => {
            const review = await kubeRequest(
              reader,
              '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews',
              {
                method: 'POST',
                timeoutMs: 2_000,
                body: { spec: { resourceAttributes: { verb: 'list', resource: 'pods' } } },
              },
            );
            const list = await kubeRequest(reader, '/api/v1/services?limit=1', {
              timeoutMs: 2_000,
            });
            return review.status === 403 && list.status === 403 ? true : undefined;
          },
          10_000,
          'access reviews and service lists refused',
        );
        await connection.start();
        await eventually(
          async () => (connection.synced ? true : undefined),
          15_000,
          'alpha synced without services',
        );
        expect(connection.errors()).toEqual([
          expect.objectContaining({
            code: 'FORBIDDEN',
            verb: 'list',
            group: '',
            resource: 'services',
          }),
        ]);
        const namespaces = connection.snapshot().list(CoreKinds.Namespace);
        expect(namespaces.map((n) => n.metadata.name)).toContain('istio-system');
        expect(connection.snapshot().list(CoreKinds.Service)).toEqual([]);
      } finally {
        connection.stop();
        const { name, labels, annotations } = basicUser.metadata!;
        await rbac.createClusterRoleBinding({
          body: {
            metadata: { name, labels, annotations },
            roleRef: basicUser.roleRef,
            subjects: basicUser.subjects,
          },
        });
        await rbac.replaceClusterRole({
          name: READ_ONLY_USER,
          body: { metadata: { name: READ_ONLY_USER }, rules: fullRole.rules },
        });
      }
    });

    it('discovers objects of a CRD installed after start', async () => {
      const admin = clusterKubeConfig(plane.cluster('alpha'), 'admin');
      await createObjects(admin, [
        {
          apiVersion: 'apiextensions.k8s.io/v1',
          kind: 'CustomResourceDefinition',
          metadata: { name: 'peerauthentications.security.istio.io' },
          spec: {
            group: 'security.istio.io',
            scope: 'Namespaced',
            names: {
              plural: 'peerauthentications',
              singular: 'peerauthentication',
              kind: 'PeerAuthentication',
              listKind: 'PeerAuthenticationList',
            },
            versions: ['v1', 'v1beta1'].map((name, i) => ({
              name,
              served: true,
              storage: i === 0,
              schema: {
                openAPIV3Schema: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
              },
            })),
          },
        } as never,
      ]);
      await eventually(
        async () => {
          try {
            await createObjects(admin, [
              {
                apiVersion: 'security.istio.io/v1',
                kind: 'PeerAuthentication',
                metadata: { name: 'default', namespace: 'istio-system' },
                spec: { mtls: { mode: 'STRICT' } },
              } as never,
            ]);
            return true;
          } catch {
            return undefined; // the CRD is not established yet
          }
        },
        20_000,
        'the CRD to be established',
      );
      const { value } = await eventually(
        async () => {
          const { policies } = await hub.graphql<{
            policies: {
              nodes: Array<{ kind: string; name: string; effects: Array<{ summary: string }> }>;
            };
          }>(
            '{ policies(filter: { clusters: ["alpha"] }) { nodes { kind name effects { summary } } } }',
          );
          return policies.nodes.find((p) => p.kind.startsWith('PeerAuthentication'));
        },
        30_000,
        'the PeerAuthentication to be discovered',
      );
      expect(value.name).toBe('default');
      expect(value.effects.map((e) => e.summary)).toContain('mTLS STRICT (server)');
    });

    // Pods, controllers and Services of an application namespace are rediscovered namespace by
    // namespace; the answers must be those of a whole-cluster discovery.
    it('follows a workload added to and removed from an application namespace', async () => {
      const admin = clusterKubeConfig(plane.cluster('beta'), 'admin');
      const cartV2 = meshedDeployment('shop', 'cart', 'v2');
      const cart = async () => {
        const { service } = await hub.graphql<{
          service: { versions: string[]; workloadIds: string[] } | null;
        }>('{ service(id: "beta/shop/Service/cart") { versions workloadIds } }');
        return service;
      };
      expect((await cart())?.workloadIds).toEqual(['beta/shop/Deployment/cart-v1']);

      await createObjects(admin, [cartV2 as never]);
      const added = await eventually(
        async () => ((await cart())?.workloadIds.length === 2 ? await cart() : undefined),
        20_000,
        'cart-v2 behind the cart Service',
      );
      expect(added.value).toEqual({
        versions: ['v1', 'v2'],
        workloadIds: ['beta/shop/Deployment/cart-v1', 'beta/shop/Deployment/cart-v2'],
      });

      await KubernetesObjectApi.makeApiClient(admin).delete(cartV2 as never);
      const removed = await eventually(
        async () => ((await cart())?.workloadIds.length === 1 ? await cart() : undefined),
        20_000,
        'cart-v2 gone',
      );
      expect(removed.value).toEqual({
        versions: ['v1'],
        workloadIds: ['beta/shop/Deployment/cart-v1'],
      });
    });
  },
);
