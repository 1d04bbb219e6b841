import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type InMemorySnapshot,
  type KindRef,
  type KubeObject,
  SnapshotBuilder,
} from '@meshwork/adapters-core';
import { parseAllDocuments } from 'yaml';
import { SmiAdapter } from '../smi-adapter';

/** The objects of `__fixtures__/<name>.yaml`, a multi-document file. */
export function readFixture(name: string): KubeObject[] {
  const text = readFileSync(join(__dirname, '..', '__fixtures__', `${name}.yaml`), 'utf8');
  return parseAllDocuments(text).flatMap((doc) => {
    if (doc.errors.length) throw new Error(`${name}.yaml: ${doc.errors[0]?.message}`);
    const object = doc.toJS() as KubeObject | null;
    return object ? [object] : [];
  });
}

export interface SnapshotOptions {
  cluster?: string;
  /** Kinds the cluster does not serve (CRD not installed, or RBAC denied). */
  withhold?: readonly KindRef[];
  /** More objects, e.g. a modified copy of a fixture object. */
  extra?: readonly KubeObject[];
}

/** A snapshot of some fixtures, with every kind the adapter watches served unless withheld. */
export function snapshotOf(
  fixtures: readonly string[],
  options: SnapshotOptions = {},
): InMemorySnapshot {
  const { watchedKinds } = new SmiAdapter();
  return new SnapshotBuilder(options.cluster ?? 'east', watchedKinds)
    .serve(...watchedKinds)
    .withhold(...(options.withhold ?? []))
    .add(...fixtures.flatMap(readFixture), ...(options.extra ?? []))
    .build();
}

/** A deep copy of one fixture object, to change a field for one test. */
export function fixtureObject(fixture: string, kind: string, name: string): KubeObject {
  const object = readFixture(fixture).find((o) => o.kind === kind && o.metadata.name === name);
  if (!object) throw new Error(`${fixture}.yaml has no ${kind} ${name}`);
  return structuredClone(object);
}
