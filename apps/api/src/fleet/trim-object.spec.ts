import type { KubeObject } from '@meshwork/adapters-core';
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

  it('leaves an object without either untouched', () => {
    const service = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'cart' } };
    expect(trimObject(structuredClone(service) as KubeObject)).toEqual(service);
  });
});
