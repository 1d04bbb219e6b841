import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type KubeObject, SnapshotBuilder } from '@meshwork/adapters-core';
import { parseAllDocuments } from 'yaml';
import { ConsulAdapter } from '../consul-adapter';

/** Objects from recorded fixture files in this folder (`control-plane`, `shop-workloads`...). */
export function loadFixtures(...names: string[]): KubeObject[] {
  return names.flatMap((name) =>
    parseAllDocuments(readFileSync(join(__dirname, `${name}.yaml`), 'utf8'))
      .map((doc) => doc.toJS() as KubeObject | null)
      .filter((object): object is KubeObject => !!object),
  );
}

/** A SnapshotBuilder for cluster `cluster` that knows the adapter's CRD kinds, loaded with fixtures. */
export function fixtureSnapshot(cluster: string, ...names: string[]): SnapshotBuilder {
  return new SnapshotBuilder(cluster, new ConsulAdapter().watchedKinds).add(
    ...loadFixtures(...names),
  );
}

/** Detects the fixtures' meshes and discovers the one named `meshName` (the first by default). */
export function discoverFixtures(builder: SnapshotBuilder, meshName?: string) {
  const adapter = new ConsulAdapter();
  const snapshot = builder.build();
  const meshes = adapter.detect(snapshot);
  const mesh = meshName ? meshes.find((m) => m.name === meshName) : meshes[0];
  if (!mesh) throw new Error(`fixtures have no Consul mesh ${meshName ?? ''}`);
  return { mesh, discovery: adapter.discover(snapshot, mesh) };
}

/** The policy with `kind` and `name` from a discovery, or a failing test. */
export function policyNamed(
  discovery: ReturnType<typeof discoverFixtures>['discovery'],
  kind: string,
  name: string,
) {
  const policy = discovery.policies.find((p) => p.kind === kind && p.source.name === name);
  if (!policy)
    throw new Error(`no ${kind} ${name} among ${discovery.policies.map((p) => p.id).join(', ')}`);
  return policy;
}
