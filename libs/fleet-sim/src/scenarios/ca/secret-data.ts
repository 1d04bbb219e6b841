import { type KubeObject } from '../../kube-object';

/** A Secret with its values base64-encoded into `data`, as the API server stores `stringData`. */
export function opaqueSecret(
  meta: KubeObject['metadata'] & { namespace: string },
  values: Record<string, string>,
  type = 'Opaque',
): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: meta,
    type,
    data: Object.fromEntries(
      Object.entries(values).map(([key, value]) => [key, Buffer.from(value).toString('base64')]),
    ),
  };
}

export function configMap(
  meta: KubeObject['metadata'] & { namespace: string },
  data: Record<string, string>,
): KubeObject {
  return { apiVersion: 'v1', kind: 'ConfigMap', metadata: meta, data };
}
