import { layoutRequestFor, toGeometry } from '../layout/graph-geometry';
import { BoxLayoutEngine } from '../layout/box-layout-engine';
import { indexTopology } from '../model/topology-index';
import { aGridTopology } from '../testing/topology.fixture';
import { type Camera, chooseDetail, defaultDetailRules } from './level-of-detail';

// 6 clusters × 12 namespaces × 20 nodes = 1,440 nodes: above the always-full limit, and too
// many to show open when the whole fleet fits the screen.
const index = indexTopology(aGridTopology(6, 12, 20));
const request = { ...layoutRequestFor(index), requestId: 1 };
const geometry = toGeometry(request, new BoxLayoutEngine().layout(request));
const none = { clusters: new Set<string>(), namespaces: new Set<string>() };
const screen = { width: 1280, height: 800 };

function cameraOn(x: number, y: number, zoom: number): Camera {
  return {
    zoom,
    pan: { x: screen.width / 2 - x * zoom, y: screen.height / 2 - y * zoom },
    ...screen,
  };
}

function fitCamera(): Camera {
  const { bounds } = geometry;
  const zoom = Math.min(screen.width / bounds.width, screen.height / bounds.height);
  return cameraOn(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2, zoom);
}

describe('chooseDetail (semantic zoom)', () => {
  it('draws small graphs in full at any zoom', () => {
    const small = indexTopology(aGridTopology(1, 2, 5));
    expect(chooseDetail(small, geometry, fitCamera(), none, undefined).full).toBe(true);
  });

  it('closes every namespace when the whole fleet is on screen', () => {
    expect(fitCamera().zoom).toBeLessThan(defaultDetailRules.openNamespaceZoom);
    const detail = chooseDetail(index, geometry, fitCamera(), none, undefined);
    expect(detail.full).toBe(false);
    expect(detail.openNamespaces.size).toBe(0);
  });

  it('opens only the namespaces on (or next to) the screen when zoomed in', () => {
    const box = geometry.namespaces.get('c0/ns0')!;
    const detail = chooseDetail(
      index,
      geometry,
      cameraOn(box.x + box.width / 2, box.y + box.height / 2, 1),
      none,
      undefined,
    );
    expect(detail.openNamespaces.has('c0/ns0')).toBe(true);
    expect(detail.openNamespaces.size).toBeLessThan(index.namespaceByKey.size);
    const far = [...geometry.namespaces.entries()];
    for (const [key] of far.filter(([key]) => key.startsWith('c5/')))
      expect(detail.openNamespaces.has(key)).toBe(false);
  });

  it('keeps the namespace of the selection open even when zoomed out', () => {
    const pinned = { clusters: new Set(['c2']), namespaces: new Set(['c2/ns7']) };
    expect(fitCamera().zoom).toBeLessThan(defaultDetailRules.openNamespaceZoom);
    const detail = chooseDetail(index, geometry, fitCamera(), pinned, undefined);
    expect([...detail.openNamespaces]).toEqual(['c2/ns7']);
  });

  it('does not flicker at the threshold: an open namespace stays open a little below it', () => {
    const box = geometry.namespaces.get('c1/ns3')!;
    const between =
      (defaultDetailRules.openNamespaceZoom + defaultDetailRules.closeNamespaceZoom) / 2;
    const camera = cameraOn(box.x + box.width / 2, box.y + box.height / 2, between);
    const fromClosed = chooseDetail(index, geometry, camera, none, undefined);
    expect(fromClosed.openNamespaces.has('c1/ns3')).toBe(false);
    const wasOpen = {
      full: false,
      closedClusters: new Set<string>(),
      openNamespaces: new Set(['c1/ns3']),
    };
    expect(chooseDetail(index, geometry, camera, none, wasOpen).openNamespaces.has('c1/ns3')).toBe(
      true,
    );
  });

  it('closes a whole cluster when its namespaces are too small on screen to read', () => {
    const rect = geometry.clusters.get('c0')!;
    const namespace = geometry.namespaces.get('c0/ns0')!;
    const zoom = (defaultDetailRules.closeClusterBelowPx / namespace.width) * 0.9;
    const detail = chooseDetail(index, geometry, cameraOn(rect.x, rect.y, zoom), none, undefined);
    expect(detail.closedClusters.has('c0')).toBe(true);
  });
});
