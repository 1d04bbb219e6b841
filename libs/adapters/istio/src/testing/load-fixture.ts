import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type InMemorySnapshot, type KubeObject, SnapshotBuilder } from '@meshwork/adapters-core';
import { parseAllDocuments } from 'yaml';
import { IstioAdapter } from '../istio-adapter';

/** Parses `__fixtures__/<name>.yaml` (multi-document) into Kubernetes objects. */
export function readFixture(name: string): KubeObject[] {
  const text = readFileSync(join(__dirname, '..', '__fixtures__', `${name}.yaml`), 'utf8');
  return parseAllDocuments(text).flatMap((doc) => {
    if (doc.errors.length) throw new Error(`${name}.yaml: ${doc.errors[0]?.message}`);
    const object = doc.toJS() as KubeObject | null;
    return object ? [object] : [];
  });
}

/** A snapshot of the fixture as cluster `cluster`, with every Istio CRD served. */
export function fixtureSnapshot(name: string, cluster = 'east'): InMemorySnapshot {
  const { watchedKinds } = new IstioAdapter();
  return new SnapshotBuilder(cluster, watchedKinds)
    .serve(...watchedKinds)
    .add(...readFixture(name))
    .build();
}
