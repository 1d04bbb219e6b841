import { defaultTopologyView, parseTopologyView, writeTopologyView } from './topology-view';

const parse = (query: string) => parseTopologyView(new URLSearchParams(query));

describe('topology view in the URL', () => {
  it('reads an empty URL as the default view', () => {
    expect(parse('')).toEqual(defaultTopologyView);
  });

  it('reads back every field it writes', () => {
    const view = {
      ...defaultTopologyView,
      granularity: 'WORKLOAD' as const,
      clusters: ['east', 'west'],
      namespaces: ['payments'],
      meshes: ['east/istio-system/istio'],
      windowSeconds: 3600,
      refreshSeconds: 10,
      paused: true,
      find: 'errorRate > 5 AND cluster = east',
      hide: 'idle = true',
      edgeLabel: 'p95' as const,
      selected: 'east/payments/Service/api',
      viewport: { zoom: 0.25, x: -120.5, y: 33 },
    };
    const params = writeTopologyView(new URLSearchParams(), view);
    expect(parseTopologyView(new URLSearchParams(params.toString()))).toEqual(view);
  });

  it('leaves defaults out so the plain page has a plain URL', () => {
    expect(writeTopologyView(new URLSearchParams(), defaultTopologyView).toString()).toBe('');
  });

  it('keeps parameters it does not own and only changes the given fields', () => {
    const params = writeTopologyView(new URLSearchParams('other=1&find=a%3D1&w=60'), {
      hide: 'b = 2',
    });
    expect(params.get('other')).toBe('1');
    expect(params.get('find')).toBe('a=1');
    expect(params.get('w')).toBe('60');
    expect(params.get('hide')).toBe('b = 2');
  });

  it('falls back to defaults for values it does not know', () => {
    const view = parse('g=nodes&w=7&r=abc&label=bytes&v=1,2');
    expect(view.granularity).toBe('SERVICE');
    expect(view.windowSeconds).toBe(300);
    expect(view.refreshSeconds).toBe(30);
    expect(view.edgeLabel).toBe('rate');
    expect(view.viewport).toBeNull();
  });

  it('rejects a camera with a zoom that is not positive', () => {
    expect(parse('v=0,10,10').viewport).toBeNull();
    expect(parse('v=-1,10,10').viewport).toBeNull();
  });

  it('clears the camera when told to, so the next graph fits the screen', () => {
    const params = writeTopologyView(new URLSearchParams('v=1,2,3&sel=x'), { viewport: null });
    expect(params.has('v')).toBe(false);
    expect(params.get('sel')).toBe('x');
  });
});
