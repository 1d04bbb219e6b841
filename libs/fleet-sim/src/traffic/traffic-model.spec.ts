import { FLEET_CLUSTERS } from '../scenarios/fleet-clusters';
import { ExpositionWriter } from './exposition-writer';
import { readScenario } from '../scenarios/scenario-files';
import { TrafficModel } from './traffic-model';

function demoModel(clock: { t: number }, seed = 'spec'): TrafficModel {
  return TrafficModel.fromObjects(
    FLEET_CLUSTERS.map((c) => ({
      name: c.cluster,
      mesh: c.mesh,
      objects: readScenario(c.scenario),
    })),
    { seed, epochMs: 0, now: () => clock.t },
  );
}

/** `name{labels} value` lines of one family, as a map from the label text to the value. */
function samples(text: string, name: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    const match = /^([a-z_]+)(\{.*\})? (\S+)$/.exec(line);
    if (match?.[1] === name) out.set(match[2] ?? '', Number(match[3]));
  }
  return out;
}

describe('TrafficModel', () => {
  it('builds the same routes and numbers from the same seed, different ones from another seed', () => {
    const a = demoModel({ t: 60_000 });
    const b = demoModel({ t: 60_000 });
    const c = demoModel({ t: 60_000 }, 'other');
    expect(a.routes.map((r) => r.id)).toEqual(b.routes.map((r) => r.id));
    expect(a.render('east')).toBe(b.render('east'));
    expect(a.routes.map((r) => r.baseRate)).not.toEqual(c.routes.map((r) => r.baseRate));
  });

  it('includes Istio multi-primary and Linkerd mirror calls across clusters', () => {
    const routes = demoModel({ t: 0 }).routes;
    const cross = routes.filter((r) => r.sourceCluster !== r.destCluster);
    expect(cross.some((r) => r.sourceCluster === 'east' && r.destCluster === 'west')).toBe(true);
    const mirror = cross.find((r) => r.hop?.kind === 'linkerd-mirror');
    expect(mirror).toMatchObject({ sourceCluster: 'north', destCluster: 'south' });
    expect(mirror?.destService.name).toBe('payments');
  });

  it('never calls a service that selects the caller itself', () => {
    for (const r of demoModel({ t: 0 }).routes)
      if (r.sourceCluster === r.destCluster)
        expect(r.destService.workloads).not.toContain(r.source.name);
  });

  it('keeps every counter monotonic as time passes', () => {
    const clock = { t: 0 };
    const model = demoModel(clock);
    let previous = new Map<string, number>();
    for (const t of [5_000, 6_000, 30_000, 31_500, 120_000]) {
      clock.t = t;
      const now = samples(model.render('east'), 'istio_requests_total');
      for (const [labels, value] of previous) expect(now.get(labels)).toBeGreaterThanOrEqual(value);
      previous = now;
    }
    expect([...previous.values()].some((v) => v > 0)).toBe(true);
  });

  it('renders Istio series from both reporters with the standard labels', () => {
    const text = demoModel({ t: 60_000 }).render('west');
    const lines = [...samples(text, 'istio_requests_total').keys()];
    const crossIn = lines.find(
      (l) => l.includes('reporter="destination"') && l.includes('source_cluster="east"'),
    );
    expect(crossIn).toContain('destination_cluster="west"');
    expect(crossIn).toMatch(/connection_security_policy="(mutual_tls|none)"/);
    for (const label of [
      'source_workload',
      'source_workload_namespace',
      'source_canonical_service',
      'destination_service',
      'destination_service_name',
      'destination_service_namespace',
      'destination_workload',
      'destination_workload_namespace',
      'request_protocol',
      'response_code',
    ])
      expect(crossIn).toContain(`${label}="`);
    expect(text).toContain('# TYPE istio_request_duration_milliseconds histogram');
    expect(text).toMatch(/istio_request_duration_milliseconds_bucket\{.*le="\+Inf"\}/);
  });

  it('renders Linkerd mirror calls with the target cluster and Consul upstreams by service', () => {
    const model = demoModel({ t: 60_000 });
    const north = [...samples(model.render('north'), 'response_total').keys()];
    expect(north.find((l) => l.includes('dst_target_cluster="south"'))).toContain(
      'dst_service="payments-south"',
    );
    const south = [...samples(model.render('south'), 'envoy_cluster_upstream_rq_xx').keys()];
    expect(south.find((l) => l.includes('envoy_response_code_class="5"'))).toContain(
      'consul_destination_service="payments"',
    );
    const central = model.render('central');
    expect(central).toMatch(/osm_request_total\{response_code="200",source_namespace="bookbuyer"/);
  });

  it('matches its own window averages in the counters it exports', () => {
    const clock = { t: 600_000 };
    const model = demoModel(clock);
    const before = samples(model.render('south'), 'envoy_cluster_upstream_rq_total');
    clock.t = 660_000;
    const after = samples(model.render('south'), 'envoy_cluster_upstream_rq_total');
    const [labels, end] = [...after][0]!;
    const measured = (end - before.get(labels)!) / 60;
    const stats = model.windowStats(60).find((s) => s.route.destCluster === 'south')!;
    expect(measured).toBeCloseTo(stats.requestRate, 0);
  });

  it('builds a cluster text once per second however often it is scraped', () => {
    const clock = { t: 60_000 };
    const model = demoModel(clock);
    const built = jest.spyOn(ExpositionWriter.prototype, 'text');
    try {
      const first = model.render('east');
      clock.t = 60_900;
      expect(model.render('east')).toBe(first);
      expect(built).toHaveBeenCalledTimes(1);
      model.render('west');
      expect(built).toHaveBeenCalledTimes(2);
      clock.t = 61_000;
      const next = model.render('east');
      expect(built).toHaveBeenCalledTimes(3);
      expect(next).not.toBe(first);
    } finally {
      built.mockRestore();
    }
  });
});
