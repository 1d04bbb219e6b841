import type { KubeObject } from '@meshwork/adapters-core';

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/**
 * Drops what no adapter reads and what makes up much of an object's size: managedFields and kubectl's
 * copy of the last applied object (client-go informers strip them with a transform for the same
 * reason). Mutates the freshly parsed object it is given.
 */
export function trimObject(object: KubeObject): KubeObject {
  const metadata = object.metadata as KubeObject['metadata'] & { managedFields?: unknown };
  delete metadata.managedFields;
  if (metadata.annotations && LAST_APPLIED in metadata.annotations)
    delete metadata.annotations[LAST_APPLIED];
  return object;
}
