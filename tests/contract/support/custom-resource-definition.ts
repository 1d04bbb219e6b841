import { type V1CustomResourceDefinition } from '@kubernetes/client-node';

export interface CrdNames {
  readonly group: string;
  readonly version: string;
  readonly kind: string;
  readonly plural: string;
  readonly shortNames?: readonly string[];
}

/**
 * A namespaced CRD with one served storage version, a status subresource, and schemas that keep every
 * unknown field, the way mesh charts ship many of their CRDs and the way Meshwork needs them: it reads
 * the fields it knows and must not lose the rest.
 */
export function customResourceDefinition(names: CrdNames): V1CustomResourceDefinition {
  const open = { type: 'object', x_kubernetes_preserve_unknown_fields: true };
  return {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: {
      name: `${names.plural}.${names.group}`,
      labels: { 'app.kubernetes.io/part-of': 'meshwork-tests' },
    },
    spec: {
      group: names.group,
      scope: 'Namespaced',
      names: {
        kind: names.kind,
        listKind: `${names.kind}List`,
        plural: names.plural,
        singular: names.kind.toLowerCase(),
        shortNames: [...(names.shortNames ?? [])],
      },
      versions: [
        {
          name: names.version,
          served: true,
          storage: true,
          subresources: { status: {} },
          schema: {
            openAPIV3Schema: { type: 'object', properties: { spec: open, status: open } },
          },
        },
      ],
    },
  };
}
