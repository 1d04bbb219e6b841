import { EventHistory } from './event-history';
import { StoreEvent } from './store-event';
import { StoredObject } from './stored-object';

const event = (rv: number) =>
  new StoreEvent(
    'ADDED',
    '/configmaps',
    new StoredObject(
      { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `c${rv}` } },
      rv,
      `c${rv}`,
    ),
    undefined,
  );

describe('EventHistory', () => {
  it('returns the events after a resourceVersion, oldest first', () => {
    const h = new EventHistory(10);
    for (let rv = 1; rv <= 5; rv += 1) h.push(event(rv));
    expect(h.since(2)?.map((e) => e.rv)).toEqual([3, 4, 5]);
    expect(h.since(5)).toEqual([]);
    expect(h.since(0)?.map((e) => e.rv)).toEqual([1, 2, 3, 4, 5]);
  });

  it('forgets the oldest events past its capacity and reports those resourceVersions as expired', () => {
    const h = new EventHistory(3);
    for (let rv = 1; rv <= 10; rv += 1) h.push(event(rv));
    expect(h.compactedRv).toBe(7);
    expect(h.since(6)).toBeUndefined();
    expect(h.since(7)?.map((e) => e.rv)).toEqual([8, 9, 10]);
  });

  it('compacts on demand', () => {
    const h = new EventHistory(100);
    for (let rv = 1; rv <= 4; rv += 1) h.push(event(rv));
    h.compact(4);
    expect(h.since(3)).toBeUndefined();
    expect(h.since(4)).toEqual([]);
  });

  it('serializes a watch line once per apiVersion', () => {
    const e = event(1);
    expect(e.line('v1')).toBe(e.line('v1'));
    expect(JSON.parse(e.line('v1'))).toEqual({
      type: 'ADDED',
      object: { kind: 'ConfigMap', apiVersion: 'v1', metadata: { name: 'c1' } },
    });
  });
});
