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

  it('writes a histogram without labels and escapes its label values once per sample', () => {
    const out = new ExpositionWriter();
    out.histogram('bare_ms', 'Bare.', {}, [1], [2], 3, 4);
    out.histogram('odd_ms', 'Odd.', { path: 'a"\nb' }, [1], [1], 1, 1);
    const text = out.text();
    expect(text).toContain('bare_ms_bucket{le="1"} 2\nbare_ms_bucket{le="+Inf"} 4\n');
    expect(text).toContain('bare_ms_sum 3\nbare_ms_count 4\n');
    expect(text).toContain('odd_ms_bucket{path="a\\"\\nb",le="1"} 1\n');
    expect(text).toContain('odd_ms_count{path="a\\"\\nb"} 1\n');
  });
});
