import { aCluster, aMesh } from '../testing/overview.fixture';
import { attentionItems } from './attention-items';

describe('attentionItems', () => {
  it('is empty for a healthy fleet', () => {
    expect(attentionItems([aCluster('east'), aCluster('west')], [aMesh('east')])).toEqual([]);
  });

  it('lists failing before degraded before unknown, whatever their source', () => {
    const items = attentionItems(
      [
        aCluster('alpha', { reachability: 'PENDING' }),
        aCluster('bravo', { reachability: 'UNAUTHORIZED', error: 'HTTP 401' }),
        aCluster('charlie', { reachability: 'UNREACHABLE', stale: true, error: 'ECONNREFUSED' }),
      ],
      [
        aMesh('delta', {
          health: 'DOWN',
          controlPlanes: [{ name: 'istiod', health: 'DOWN', readyReplicas: 0, desiredReplicas: 2 }],
        }),
      ],
    );
    expect(items.map((item) => [item.tone, item.title])).toEqual([
      ['failing', 'charlie is unreachable'],
      ['failing', 'Istio control plane in delta is down'],
      ['degraded', 'bravo refuses Meshwork’s credentials'],
      ['unknown', 'alpha has not been checked yet'],
    ]);
    expect(items[0]?.detail).toBe('showing its last known state · ECONNREFUSED');
    expect(items[1]?.detail).toBe('istiod 0/2 ready');
    expect(items[1]?.link).toBe('/meshes?cluster=delta&kind=ISTIO');
  });

  it('reports kinds a reachable cluster may not read, and only notes kinds it does not serve', () => {
    const forbidden = {
      code: 'FORBIDDEN',
      message: 'list secrets denied',
      verb: 'list',
      group: null,
      resource: 'secrets',
    };
    const notServed = {
      code: 'KIND_NOT_SERVED',
      message: 'jobs.batch (v1) is not served',
      verb: null,
      group: 'batch',
      resource: 'jobs',
    };
    const items = attentionItems(
      [
        aCluster('east', { errors: [forbidden, notServed] }),
        aCluster('west', { errors: [notServed] }),
      ],
      [],
    );
    expect(items.map((item) => [item.tone, item.title, item.detail])).toEqual([
      ['degraded', 'east: 1 kind could not be read', 'list secrets denied'],
      ['unknown', '2 clusters do not serve some kinds Meshwork reads', 'jobs.batch'],
    ]);
  });
});
