import type { MeshAdapter } from '@meshwork/adapters-core';
import { ConsulAdapter } from '@meshwork/adapters-consul';
import { IstioAdapter } from '@meshwork/adapters-istio';
import { LinkerdAdapter } from '@meshwork/adapters-linkerd';
import { SmiAdapter } from '@meshwork/adapters-smi';

/** The adapters the hub runs, one per mesh family. */
export function meshAdapters(): MeshAdapter[] {
  return [new IstioAdapter(), new LinkerdAdapter(), new ConsulAdapter(), new SmiAdapter()];
}
