import { type MeshDiscovery } from '@meshwork/adapters-core';
import { type NativePolicy } from '@meshwork/model';
import { IstioAdapter } from '../istio-adapter';
import { fixtureSnapshot } from './load-fixture';

/** Detects the fixture's primary Istio mesh and discovers it. */
export function discoverFixture(name: string): MeshDiscovery {
  const adapter = new IstioAdapter();
  const snapshot = fixtureSnapshot(name);
  const [mesh] = adapter.detect(snapshot);
  if (!mesh) throw new Error(`no Istio mesh in fixture ${name}`);
  return adapter.discover(snapshot, mesh);
}

export function policyById(discovery: MeshDiscovery, id: string): NativePolicy {
  const policy = discovery.policies.find((p) => p.id === id);
  if (!policy)
    throw new Error(`no policy ${id}; have ${discovery.policies.map((p) => p.id).join(', ')}`);
  return policy;
}
