/** Requests per second, short: "0 rps", "0.42 rps", "12.3 rps", "1.2k rps". */
export function formatRate(rps: number | null | undefined): string {
  if (rps === null || rps === undefined) return '–';
  if (rps === 0) return '0 rps';
  if (rps >= 1000) return `${(rps / 1000).toFixed(1)}k rps`;
  if (rps >= 10) return `${rps.toFixed(1)} rps`;
  return `${rps.toFixed(2)} rps`;
}

/** A share in percent: "0 %", "0.12 %", "4.5 %", "100 %". */
export function formatPercent(percent: number | null | undefined): string {
  if (percent === null || percent === undefined) return '–';
  if (percent === 0) return '0 %';
  if (percent >= 99.95 && percent <= 100) return '100 %';
  if (percent < 1) return `${percent.toFixed(2)} %`;
  return `${percent.toFixed(1)} %`;
}

/** A latency: "850 µs" below a millisecond, "12 ms", "1.25 s". */
export function formatLatency(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return '–';
  if (ms < 1) return `${Math.round(ms * 1000)} µs`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  return `${Math.round(ms)} ms`;
}

/** A value of a metric series in the unit the API gives it. */
export function formatMetricValue(value: number, unit: string): string {
  switch (unit) {
    case 'rps':
    case 'req/s':
      return formatRate(value);
    case '%':
    case 'percent':
      return formatPercent(value);
    case 'ms':
      return formatLatency(value);
    default:
      return `${Number.isInteger(value) ? value : value.toFixed(2)} ${unit}`.trim();
  }
}
