import { ExpositionWriter } from './exposition-writer';

describe('ExpositionWriter', () => {
  it('prints each family once with HELP and TYPE, escaping label values', () => {
    const out = new ExpositionWriter();
    out.add('requests_total', 'counter', 'Requests.', { path: 'a"b\\c' }, 3);
    out.add('requests_total', 'counter', 'Requests.', { path: 'x', skipped: undefined }, 1.5);
    expect(out.text()).toBe(
      '# HELP requests_total Requests.\n# TYPE requests_total counter\n' +
        'requests_total{path="a\\"b\\\\c"} 3\nrequests_total{path="x"} 1.500\n',
    );
  });

  it('sums a series added twice instead of printing a duplicate', () => {
    const out = new ExpositionWriter();
    out.add('r', 'counter', 'R.', { a: '1' }, 2);
    out.add('r', 'counter', 'R.', { a: '1' }, 5);
    expect(out.text()).toContain('r{a="1"} 7\n');
    expect(out.text().match(/r\{a="1"\}/g)).toHaveLength(1);
  });

  it('writes histograms as cumulative buckets with +Inf, _sum and _count', () => {
    const out = new ExpositionWriter();
    out.histogram('latency_ms', 'Latency.', { route: 'r' }, [10, 100], [4, 9], 250.5, 10);
    expect(out.text()).toBe(
      '# HELP latency_ms Latency.\n# TYPE latency_ms histogram\n' +
        'latency_ms_bucket{route="r",le="10"} 4\nlatency_ms_bucket{route="r",le="100"} 9\n' +
        'latency_ms_bucket{route="r",le="+Inf"} 10\nlatency_ms_sum{route="r"} 250.500\n' +
        'latency_ms_count{route="r"} 10\n',
    );
  });
});
