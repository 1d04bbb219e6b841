import { parse } from 'graphql';
import { fleetCountsRequest, readFleetCounts } from './fleet-counts-query';

describe('fleet counts request', () => {
  const groups = [
    { key: 'cluster:east', filter: { clusters: ['east'] } },
    {
      key: 'mesh:east/istio-system/Mesh/istio',
      filter: { meshes: ['east/istio-system/Mesh/istio'] },
    },
  ];

  it('asks for the service and workload totals of every group in one valid document', () => {
    const request = fleetCountsRequest(groups);
    expect(() => parse(request.query)).not.toThrow();
    expect(request.query).toContain('s0: services(filter: $f0, first: 0) { totalCount }');
    expect(request.query).toContain('w1: workloads(filter: $f1, first: 0) { totalCount }');
    expect(request.variables).toEqual({
      f0: { clusters: ['east'] },
      f1: { meshes: ['east/istio-system/Mesh/istio'] },
    });
  });

  it('builds a valid document for an empty fleet', () => {
    expect(() => parse(fleetCountsRequest([]).query)).not.toThrow();
  });

  it('reads the totals back by group key and skips groups missing from the answer', () => {
    const counts = readFleetCounts(groups, {
      s0: { totalCount: 12 },
      w0: { totalCount: 30 },
      s1: { totalCount: 7 },
    });
    expect(counts.get('cluster:east')).toEqual({ services: 12, workloads: 30 });
    expect(counts.has('mesh:east/istio-system/Mesh/istio')).toBe(false);
  });
});
