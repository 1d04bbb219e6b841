import { IdentityScheme } from '@meshwork/model';
import { osmIdentity } from './osm-identity';

describe('osmIdentity', () => {
  it('names the ServiceAccount first, then the namespace, then the trust domain', () => {
    expect(
      osmIdentity('east/osm-system/Mesh/osm', 'bookstore', 'bookstore-v1', 'cluster.local'),
    ).toEqual({
      scheme: IdentityScheme.OSM,
      value: 'bookstore-v1.bookstore.cluster.local',
      trustDomain: 'cluster.local',
      namespace: 'bookstore',
      serviceAccount: 'bookstore-v1',
      mesh: 'east/osm-system/Mesh/osm',
    });
  });
});
