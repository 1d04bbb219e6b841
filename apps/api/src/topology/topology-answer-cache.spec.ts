import type { TopologyGraph } from './graph/topology-graph';
import { TopologyAnswerCache, type TopologyAnswer } from './topology-answer-cache';

const graph = (): TopologyGraph => ({
  nodes: [],
  edges: [],
  window: 300,
  generatedAt: new Date(0),
  metricsAvailable: false,
  metricsSource: 'none',
});

const answer = (of: TopologyGraph, body: string): TopologyAnswer => ({
  graph: of,
  result: { data: { topology: body } },
  body,
});

describe('TopologyAnswerCache', () => {
  it('returns an answer only for the graph it was executed on, and forgets it for any other', () => {
    const dropped: string[] = [];
    const cache = new TopologyAnswerCache(4, 1000, (a) => dropped.push(a.body));
    const g1 = graph();
    cache.set('q', answer(g1, 'one'));
    expect(cache.get('q', g1)?.body).toBe('one');
    expect(cache.get('q', graph())).toBeUndefined();
    expect(cache.get('q', g1)).toBeUndefined();
    expect(dropped).toEqual(['one']);
    expect(cache.size).toEqual({ entries: 0, bytes: 0 });
  });

  it('refuses answers with errors', () => {
    const dropped: string[] = [];
    const cache = new TopologyAnswerCache(4, 1000, (a) => dropped.push(a.body));
    const g = graph();
    cache.set('q', { graph: g, result: { errors: [{ message: 'boom' }] }, body: 'err' });
    expect(cache.get('q', g)).toBeUndefined();
    expect(dropped).toEqual(['err']);
  });

  it('drops the least recently used answers past its entry and byte bounds', () => {
    const dropped: string[] = [];
    const cache = new TopologyAnswerCache(2, 10, (a) => dropped.push(a.body));
    const g = graph();
    cache.set('a', answer(g, 'aaa'));
    cache.set('b', answer(g, 'bbb'));
    cache.get('a', g);
    cache.set('c', answer(g, 'ccc'));
    expect(dropped).toEqual(['bbb']);
    cache.set('d', answer(g, 'dddddd'));
    expect(dropped).toEqual(['bbb', 'aaa']);
    expect(cache.size).toEqual({ entries: 2, bytes: 9 });
    cache.set('huge', answer(g, 'x'.repeat(11)));
    expect(cache.get('huge', g)).toBeUndefined();
    expect(cache.get('c', g)?.body).toBe('ccc');
    expect(cache.get('d', g)?.body).toBe('dddddd');
  });

  it('replacing an answer drops the previous one', () => {
    const dropped: string[] = [];
    const cache = new TopologyAnswerCache(4, 100, (a) => dropped.push(a.body));
    const g = graph();
    cache.set('q', answer(g, 'old'));
    cache.set('q', answer(g, 'new'));
    expect(dropped).toEqual(['old']);
    expect(cache.size).toEqual({ entries: 1, bytes: 3 });
  });
});
