import type { MeshAdapter } from '@meshwork/adapters-core';

/** The adapters the hub runs, one per mesh family. */
export function meshAdapters(): MeshAdapter[] {
  return [];
}
