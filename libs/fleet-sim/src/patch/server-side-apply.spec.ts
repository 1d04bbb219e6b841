import { type KubeStatusError } from '../api/status-error';
import { type KubeObject } from '../kube-object';
import { recordUpdate } from './managed-fields';
import { serverSideApply } from './server-side-apply';

const cfg = (data: Record<string, string>, labels?: Record<string, string>): KubeObject => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name: 'c', namespace: 'd', ...(labels ? { labels } : {}) },
  data,
});

const apply = (live: KubeObject | undefined, applied: KubeObject, manager: string, force = false) =>
  serverSideApply({ live, applied, manager, force, subresource: undefined, scope: 'all' });

describe('serverSideApply', () => {
  it('records the applied leaf fields for the manager', () => {
    const created = apply(undefined, cfg({ a: '1' }, { app: 'x' }), 'm1');
    expect(created.metadata.managedFields).toEqual([
      expect.objectContaining({
        manager: 'm1',
        operation: 'Apply',
        fieldsType: 'FieldsV1',
        fieldsV1: { 'f:metadata': { 'f:labels': { 'f:app': {} } }, 'f:data': { 'f:a': {} } },
      }),
    ]);
  });

  it('shares fields applied with the same value and conflicts on a different value', () => {
    const live = apply(undefined, cfg({ a: '1', b: '2' }), 'm1');
    const shared = apply(live, cfg({ a: '1' }), 'm2');
    expect((shared.metadata.managedFields as unknown[]).length).toBe(2);
    try {
      apply(shared, cfg({ a: '9', b: '8' }), 'm3');
      throw new Error('expected a conflict');
    } catch (error) {
      const status = (error as KubeStatusError).status;
      expect(status.code).toBe(409);
      expect(status.message).toBe(
        'Apply failed with 3 conflicts: conflicts with "m1":\n- .data.a\n- .data.b\nconflicts with "m2":\n- .data.a',
      );
      expect(status.details?.causes).toHaveLength(3);
    }
  });

  it('takes the fields over with force and removes fields the manager stopped applying', () => {
    const live = apply(undefined, cfg({ a: '1', b: '2' }), 'm1');
    const forced = apply(live, cfg({ a: '9' }), 'm2', true);
    expect(forced.data).toEqual({ a: '9', b: '2' });
    const m1 = (forced.metadata.managedFields as { manager: string; fieldsV1: object }[]).find(
      (m) => m.manager === 'm1',
    );
    expect(m1?.fieldsV1).toEqual({ 'f:data': { 'f:b': {} } });
    const dropped = apply(forced, cfg({}), 'm1');
    expect(dropped.data).toEqual({ a: '9' });
  });

  it('names update managers with their apiVersion and time in conflicts', () => {
    const next = cfg({ a: '1' });
    recordUpdate(undefined, next, 'kubectl-edit', undefined);
    expect(() => apply(next, cfg({ a: '2' }), 'meshwork')).toThrow(
      /^Apply failed with 1 conflict: conflict with "kubectl-edit" using v1 at .*Z: \.data\.a$/,
    );
  });
});
