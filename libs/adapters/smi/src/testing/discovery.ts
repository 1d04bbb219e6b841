import { type DetectedMesh, type MeshDiscovery } from '@meshwork/adapters-core';
import { type NativePolicy } from '@meshwork/model';
import { SmiAdapter } from '../smi-adapter';
import { type SnapshotOptions, snapshotOf } from './fixtures';

/** Discovery of the `osm` mesh over the OSM control-plane fixture plus `fixtures`. */
export function discoverOsmFixture(
  fixtures: string[],
  options: SnapshotOptions = {},
): MeshDiscovery {
  const adapter = new SmiAdapter();
  const snapshot = snapshotOf(['osm-control-plane', ...fixtures], options);
  const mesh = adapter.detect(snapshot).find((m) => m.name === 'osm') as DetectedMesh;
  return adapter.discover(snapshot, mesh);
}

export function policyById(discovery: MeshDiscovery, id: string): NativePolicy {
  const found = discovery.policies.find((p) => p.id === id);
  if (!found)
    throw new Error(`no policy ${id} in ${discovery.policies.map((p) => p.id).join(', ')}`);
  return found;
}
