import { mergePatch } from './merge-patch';
import { applyJsonPatch } from './json-patch';

describe('mergePatch (RFC 7386)', () => {
  it('merges objects, deletes on null and replaces arrays', () => {
    const target = { a: { b: 1, c: [1, 2] }, d: 'x' };
    const result = mergePatch(target, { a: { b: null, c: [3] }, e: { f: 1 } });
    expect(result).toEqual({ a: { c: [3] }, d: 'x', e: { f: 1 } });
    expect(target).toEqual({ a: { b: 1, c: [1, 2] }, d: 'x' });
  });

  it('replaces the whole document with a non-object patch', () => {
    expect(mergePatch({ a: 1 }, [1])).toEqual([1]);
  });
});

describe('applyJsonPatch (RFC 6902)', () => {
  it('applies add, remove, replace, move, copy and test in order', () => {
    const doc = { a: { b: 1 }, list: [1, 2] };
    const out = applyJsonPatch(doc, [
      { op: 'test', path: '/a/b', value: 1 },
      { op: 'add', path: '/list/-', value: 3 },
      { op: 'add', path: '/list/0', value: 0 },
      { op: 'replace', path: '/a/b', value: 2 },
      { op: 'copy', from: '/a', path: '/c' },
      { op: 'move', from: '/a/b', path: '/moved' },
      { op: 'remove', path: '/list/1' },
      { op: 'add', path: '/x~1y', value: true },
    ]);
    expect(out).toEqual({ a: {}, c: { b: 2 }, list: [0, 2, 3], moved: 2, 'x/y': true });
    expect(doc).toEqual({ a: { b: 1 }, list: [1, 2] });
  });

  it('fails with a 422 Status on a failed test or a missing path', () => {
    expect(() => applyJsonPatch({ a: 1 }, [{ op: 'test', path: '/a', value: 2 }])).toThrow(
      /rejected our request/,
    );
    expect(() => applyJsonPatch({ a: 1 }, [{ op: 'remove', path: '/b' }])).toThrow(
      /rejected our request/,
    );
  });
});
