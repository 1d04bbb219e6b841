import { type CoreV1Api, type V1ConfigMap } from '@kubernetes/client-node';

/** Creates one ConfigMap per entry (name → labels) in `namespace`, in order, and returns them. */
export async function createConfigMaps(
  core: CoreV1Api,
  namespace: string,
  entries: Record<string, Record<string, string> | undefined>,
): Promise<V1ConfigMap[]> {
  const created: V1ConfigMap[] = [];
  for (const [name, labels] of Object.entries(entries)) {
    created.push(
      await core.createNamespacedConfigMap({
        namespace,
        body: { metadata: { name, labels }, data: { owner: name } },
      }),
    );
  }
  return created;
}

/** The names of the objects in a list response, in the order the server gave them. */
export function namesOf(list: { items: { metadata?: { name?: string } }[] }): string[] {
  return list.items.map((item) => item.metadata?.name ?? '');
}
