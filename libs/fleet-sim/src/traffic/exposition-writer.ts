export type MetricType = 'counter' | 'histogram' | 'gauge';
export type Labels = Record<string, string | undefined>;

interface Family {
  type: MetricType;
  help: string;
  /** Value per `sample{labels}`: adding the same series twice sums it, as one proxy would count. */
  samples: Map<string, number>;
}

const escapeLabel = (value: string): string =>
  value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');

function formatLabels(labels: Labels): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(labels))
    if (value !== undefined) parts.push(`${key}="${escapeLabel(value)}"`);
  return parts.length ? `{${parts.join(',')}}` : '';
}

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
    let entry = this.families.get(family);
    if (!entry) {
      entry = { type, help, samples: new Map() };
      this.families.set(family, entry);
    }
    const series = `${sample}${formatLabels(labels)}`;
    entry.samples.set(series, (entry.samples.get(series) ?? 0) + value);
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
    bounds.forEach((le, i) =>
      this.add(
        family,
        'histogram',
        help,
        { ...labels, le: String(le) },
        cumulative[i]!,
        `${family}_bucket`,
      ),
    );
    this.add(family, 'histogram', help, { ...labels, le: '+Inf' }, count, `${family}_bucket`);
    this.add(family, 'histogram', help, labels, sum, `${family}_sum`);
    this.add(family, 'histogram', help, labels, count, `${family}_count`);
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
