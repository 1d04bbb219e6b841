import { CoreV1Api } from '@kubernetes/client-node';
import { apiFailure } from '../support/api-failure';
import { type ContractContext } from '../support/contract-context';

/** Built-in kinds as the adapters read them: what the server fills in, and what it refuses. */
export function builtInObjectsContract(ctx: ContractContext): void {
  const core = (): CoreV1Api => ctx.target().admin.makeApiClient(CoreV1Api);

  it('a created Service gets a cluster IP and port defaults (protocol TCP, targetPort = port)', async () => {
    const namespace = ctx.namespace();
    const service = await core().createNamespacedService({
      namespace,
      body: {
        metadata: { name: 'reviews' },
        spec: { selector: { app: 'reviews' }, ports: [{ name: 'http', port: 9080 }] },
      },
    });
    expect(service.spec?.type).toBe('ClusterIP');
    expect(service.spec?.clusterIP).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(service.spec?.clusterIPs).toEqual([service.spec?.clusterIP]);
    expect(service.spec?.ports).toEqual([
      { name: 'http', port: 9080, protocol: 'TCP', targetPort: 9080 },
    ]);
    // An update that leaves the cluster IP out keeps it: it is immutable once allocated.
    const updated = await core().replaceNamespacedService({
      namespace,
      name: 'reviews',
      body: {
        ...service,
        spec: {
          ...service.spec,
          clusterIP: undefined,
          clusterIPs: undefined,
          selector: { app: 'r' },
        },
      },
    });
    expect(updated.spec?.clusterIP).toBe(service.spec?.clusterIP);
  });

  it('a created Pod carries the server defaults adapters read, and status phase Pending', async () => {
    const namespace = ctx.namespace();
    const pod = await core().createNamespacedPod({
      namespace,
      body: {
        metadata: { name: 'web-0', labels: { app: 'web' } },
        spec: {
          containers: [{ name: 'web', image: 'registry.example/web:1.0' }],
          initContainers: [
            { name: 'istio-proxy', image: 'proxyv2:1.27.0', restartPolicy: 'Always' },
          ],
        },
      },
    });
    expect(pod.spec).toMatchObject({
      restartPolicy: 'Always',
      dnsPolicy: 'ClusterFirst',
      schedulerName: 'default-scheduler',
      terminationGracePeriodSeconds: 30,
    });
    expect(pod.spec?.containers[0]).toMatchObject({
      imagePullPolicy: 'IfNotPresent',
      terminationMessagePath: '/dev/termination-log',
      terminationMessagePolicy: 'File',
    });
    // A native sidecar: an init container with restartPolicy Always, as Istio and Linkerd inject it.
    expect(pod.spec?.initContainers?.[0]?.restartPolicy).toBe('Always');
    expect(pod.status?.phase).toBe('Pending');
  });

  it('a name that is not a DNS subdomain answers 422 Invalid naming the field', async () => {
    const failure = await apiFailure(
      core().createNamespacedConfigMap({
        namespace: ctx.namespace(),
        body: { metadata: { name: 'Not_A_Name' } },
      }),
    );
    expect(failure).toMatchObject({ code: 422, reason: 'Invalid' });
    expect(failure.details?.['causes']).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'metadata.name' })]),
    );
  });

  it('an invalid Pod spec (no containers) answers 422 Invalid, except on fleet-sim, which deliberately skips spec validation', async () => {
    const namespace = ctx.namespace();
    const create = core().createNamespacedPod({
      namespace,
      body: { metadata: { name: 'empty' }, spec: { containers: [] } },
    });
    if (ctx.target().traits.validatesBuiltInSpecs) {
      const failure = await apiFailure(create);
      expect(failure).toMatchObject({ code: 422, reason: 'Invalid' });
      expect(failure.details?.['causes']).toEqual(
        expect.arrayContaining([expect.objectContaining({ field: 'spec.containers' })]),
      );
    } else {
      expect((await create).metadata?.name).toBe('empty');
    }
  });
}
