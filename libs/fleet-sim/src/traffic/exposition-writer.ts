export type MetricType = 'counter' | 'histogram' | 'gauge';
export type Labels = Record<string, string | undefined>;

interface Family {
  type: MetricType;
  help: string;
  /** Value per `sample{labels}`: adding the same series twice sums it, as one proxy would count. */
  samples: Map<string, number>;
}

const NEEDS_ESCAPE = /[\\"\n]/;

// A scrape of a large cluster formats tens of thousands of label values each second; almost none
// needs escaping, so the replacements run only when one does.
const escapeLabel = (value: string): string =>
  NEEDS_ESCAPE.test(value)
    ? value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')
    : value;

/** `a="1",b="2"`: the pairs without braces, so that a histogram can append its `le`. */
function labelPairs(labels: Labels): string {
  let out = '';
  for (const key in labels) {
    const value = labels[key];
    if (value !== undefined) out += `${out ? ',' : ''}${key}="${escapeLabel(value)}"`;
  }
  return out;
}

const braced = (pairs: string): string => (pairs ? `{${pairs}}` : '');

/** Collects samples by family and prints Prometheus text exposition format 0.0.4. */
export class ExpositionWriter {
  private readonly families = new Map<string, Family>();

  /** One sample; `sample` defaults to the family name (histograms pass `<family>_bucket` etc.). */
  add(
    family: string,
    type: MetricType,
    help: string,
    labels: Labels,
    value: number,
    sample = family,
  ): void {
    this.addSeries(family, type, help, `${sample}${braced(labelPairs(labels))}`, value);
  }

  /** A histogram's buckets (cumulative counts per upper bound, ms), `_sum` and `_count`. */
  histogram(
    family: string,
    help: string,
    labels: Labels,
    bounds: readonly number[],
    cumulative: readonly number[],
    sum: number,
    count: number,
  ): void {
    // The series' own labels are formatted once for its 20-odd samples; `le` comes last.
    const pairs = labelPairs(labels);
    const bucket = `${family}_bucket{${pairs}${pairs ? ',' : ''}le="`;
    bounds.forEach((le, i) =>
      this.addSeries(family, 'histogram', help, `${bucket}${le}"}`, cumulative[i]!),
    );
    this.addSeries(family, 'histogram', help, `${bucket}+Inf"}`, count);
    this.addSeries(family, 'histogram', help, `${family}_sum${braced(pairs)}`, sum);
    this.addSeries(family, 'histogram', help, `${family}_count${braced(pairs)}`, count);
  }

  private addSeries(
    family: string,
    type: MetricType,
    help: string,
    series: string,
    value: number,
  ): void {
    let entry = this.families.get(family);
    if (!entry) {
      entry = { type, help, samples: new Map() };
      this.families.set(family, entry);
    }
    entry.samples.set(series, (entry.samples.get(series) ?? 0) + value);
  }

  text(): string {
    const out: string[] = [];
    for (const [name, family] of this.families) {
      out.push(`# HELP ${name} ${family.help}`, `# TYPE ${name} ${family.type}`);
      for (const [series, value] of family.samples) out.push(`${series} ${formatValue(value)}`);
    }
    return out.length ? `${out.join('\n')}\n` : '';
  }
}

function formatValue(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return Number.isFinite(value) ? value.toFixed(3) : value > 0 ? '+Inf' : '-Inf';
}
