import { type DataPlaneMode } from '../../graphql/generated/graphql';

/** How a workload's traffic reaches the mesh, in words. */
export function dataPlaneModeLabel(mode: DataPlaneMode): string {
  switch (mode) {
    case 'SIDECAR':
      return 'sidecar';
    case 'NATIVE_SIDECAR':
      return 'native sidecar';
    case 'AMBIENT':
      return 'ambient';
    case 'NODE_PROXY':
      return 'node proxy';
    case 'NONE':
      return 'no proxy';
  }
}
