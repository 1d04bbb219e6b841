import { formatLatency, formatPercent, formatRate } from './format-metric';

describe('metric formats', () => {
  it('writes rates with a precision that fits their size', () => {
    expect(formatRate(0)).toBe('0 rps');
    expect(formatRate(0.421)).toBe('0.42 rps');
    expect(formatRate(12.34)).toBe('12.3 rps');
    expect(formatRate(1234)).toBe('1.2k rps');
    expect(formatRate(null)).toBe('–');
  });

  it('writes percentages and latencies with units', () => {
    expect(formatPercent(0.123)).toBe('0.12 %');
    expect(formatPercent(4.56)).toBe('4.6 %');
    expect(formatPercent(100)).toBe('100 %');
    expect(formatLatency(0.5)).toBe('500 µs');
    expect(formatLatency(12.4)).toBe('12 ms');
    expect(formatLatency(1250)).toBe('1.25 s');
  });
});
