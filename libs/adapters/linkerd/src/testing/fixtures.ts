import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type ClusterSnapshot,
  type KubeObject,
  type MeshDiscovery,
  SnapshotBuilder,
} from '@meshwork/adapters-core';
import { type Mesh } from '@meshwork/model';
import { parseAllDocuments } from 'yaml';
import { LinkerdAdapter } from '../linkerd-adapter';

/** Objects of `src/__fixtures__/<name>.yaml`, one per YAML document. */
export function loadFixture(name: string): KubeObject[] {
  const text = readFileSync(join(__dirname, '..', '__fixtures__', `${name}.yaml`), 'utf8');
  return parseAllDocuments(text)
    .map((doc) => doc.toJS() as KubeObject | null)
    .filter((o): o is KubeObject => o !== null);
}

/** A snapshot builder for cluster `east` that knows the adapter's kinds, loaded with fixtures. */
export function fixtureSnapshot(...fixtures: string[]): SnapshotBuilder {
  const builder = new SnapshotBuilder('east', new LinkerdAdapter().watchedKinds);
  for (const fixture of fixtures) builder.add(...loadFixture(fixture));
  return builder;
}

/** Deep copy with changes, for variants of fixture objects. */
export function variant<T>(object: T, change: (copy: T) => void): T {
  const copy = structuredClone(object);
  change(copy);
  return copy;
}

/** Detects the primary Linkerd mesh of a snapshot and discovers it; fails loudly when absent. */
export function discoverPrimary(snapshot: ClusterSnapshot): { mesh: Mesh; result: MeshDiscovery } {
  const adapter = new LinkerdAdapter();
  const [mesh] = adapter.detect(snapshot);
  if (!mesh) throw new Error('no Linkerd mesh detected');
  return { mesh, result: adapter.discover(snapshot, mesh) };
}

/** The fixture object of a kind and name, for building variants. */
export function fixtureObject(fixture: string, kind: string, name: string): KubeObject {
  const found = loadFixture(fixture).find((o) => o.kind === kind && o.metadata.name === name);
  if (!found) throw new Error(`${kind} ${name} not in ${fixture}.yaml`);
  return found;
}
