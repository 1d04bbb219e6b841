import type { KubeObject } from '@meshwork/adapters-core';
import { discoverObjects, rawClusters } from '../discovery/testing/raw-clusters';
import { trimObject } from './trim-object';

describe('trimObject', () => {
  it('drops managedFields and the last-applied annotation and keeps everything else', () => {
    const pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name: 'cart-0',
        namespace: 'shop',
        labels: { app: 'cart' },
        annotations: {
          'kubectl.kubernetes.io/last-applied-configuration': '{"apiVersion":"v1"}',
          'sidecar.istio.io/status': '{"containers":["istio-proxy"]}',
        },
        managedFields: [{ manager: 'kubectl', operation: 'Apply' }],
      },
      spec: { containers: [{ name: 'cart' }] },
    } as KubeObject;
    expect(trimObject(pod)).toEqual({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name: 'cart-0',
        namespace: 'shop',
        labels: { app: 'cart' },
        annotations: { 'sidecar.istio.io/status': '{"containers":["istio-proxy"]}' },
      },
      spec: { containers: [{ name: 'cart' }] },
    });
  });

  it('drops the scheduling, volume, probe and runtime-state fields of pods and pod templates', () => {
    const container = {
      name: 'cart',
      image: 'example/cart:1',
      env: [{ name: 'MODE', value: 'x' }],
      ports: [{ containerPort: 8080 }],
      readinessProbe: { httpGet: { path: '/ready' } },
      resources: { limits: { cpu: '1' } },
      volumeMounts: [{ name: 'data', mountPath: '/data' }],
    };
    const pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name: 'cart-0',
        namespace: 'shop',
        uid: '7f9c',
        resourceVersion: '4711',
        creationTimestamp: '2026-11-01T08:00:00Z',
        ownerReferences: [
          {
            apiVersion: 'apps/v1',
            kind: 'ReplicaSet',
            name: 'cart-5d8',
            uid: '1a2b',
            controller: true,
          },
        ],
      },
      spec: { serviceAccountName: 'cart', containers: [container], volumes: [{ name: 'data' }] },
      status: {
        phase: 'Running',
        hostIP: '10.0.0.1',
        conditions: [{ type: 'Ready', status: 'True' }],
        containerStatuses: [{ name: 'cart', ready: true, restartCount: 3, state: { running: {} } }],
      },
    } as KubeObject;
    const kept = {
      name: 'cart',
      image: 'example/cart:1',
      env: container.env,
      ports: container.ports,
    };
    expect(trimObject(structuredClone(pod))).toEqual({
      ...pod,
      metadata: {
        name: 'cart-0',
        namespace: 'shop',
        ownerReferences: [{ kind: 'ReplicaSet', name: 'cart-5d8', controller: true }],
      },
      spec: { serviceAccountName: 'cart', containers: [kept] },
      status: {
        phase: 'Running',
        conditions: [{ type: 'Ready', status: 'True' }],
        containerStatuses: [{ name: 'cart', ready: true }],
      },
    });
    const deployment = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'cart', namespace: 'shop' },
      spec: { replicas: 2, template: { spec: { containers: [container], volumes: [] } } },
    } as KubeObject;
    expect(trimObject(structuredClone(deployment))).toEqual({
      ...deployment,
      spec: { replicas: 2, template: { spec: { containers: [kept] } } },
    });
  });

  it("keeps a ReplicaSet's owner and template metadata but not its pod spec", () => {
    const templateMetadata = {
      annotations: { 'config.linkerd.io/default-inbound-policy': 'deny' },
    };
    const replicaSet = {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: {
        name: 'cart-5d8',
        namespace: 'shop',
        ownerReferences: [
          { apiVersion: 'apps/v1', kind: 'Deployment', name: 'cart', uid: '9e', controller: true },
        ],
      },
      spec: {
        replicas: 2,
        template: {
          metadata: templateMetadata,
          spec: { containers: [{ name: 'cart', image: 'example/cart:1' }] },
        },
      },
    } as KubeObject;
    expect(trimObject(structuredClone(replicaSet))).toEqual({
      ...replicaSet,
      metadata: {
        name: 'cart-5d8',
        namespace: 'shop',
        ownerReferences: [{ kind: 'Deployment', name: 'cart', controller: true }],
      },
      spec: { replicas: 2, template: { metadata: templateMetadata } },
    });
  });

  it('leaves something without metadata as it is', () => {
    const odd = { apiVersion: 'v1', kind: 'Pod' } as unknown as KubeObject;
    expect(trimObject(odd)).toBe(odd);
  });

  it('leaves an object without either untouched', () => {
    const service = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'cart' } };
    expect(trimObject(structuredClone(service) as KubeObject)).toEqual(service);
  });
});

describe('trimObject on every scenario and a generated fleet', () => {
  const clusters = rawClusters('trim');

  it.each(clusters)('leaves what the adapters find in $name unchanged', ({ name, objects }) => {
    const trimmed = objects.map((o) => trimObject(structuredClone(o)));
    expect(JSON.stringify(trimmed).length).toBeLessThan(JSON.stringify(objects).length);
    expect(discoverObjects(name, trimmed)).toEqual(discoverObjects(name, objects));
  });
});
