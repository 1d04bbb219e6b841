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
