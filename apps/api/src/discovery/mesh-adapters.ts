import type { MeshAdapter } from '@meshwork/adapters-core';
import { IstioAdapter } from '@meshwork/adapters-istio';

/** The adapters the hub runs, one per mesh family. */
export function meshAdapters(): MeshAdapter[] {
  return [new IstioAdapter()];
}
