import { timelineLayout, type TimelineInput } from './timeline-layout';

const now = Date.parse('2026-06-15T00:00:00Z');
const day = 86_400_000;
const at = (days: number) => new Date(now + days * day).toISOString();
const geometry = { width: 1000, labelWidth: 180, padding: 20 };
const input = (id: string, cluster: string, days: number, meshLabel = 'istio'): TimelineInput => ({
  id,
  cluster,
  meshLabel,
  notAfter: at(days),
  expiryClass: days <= 0 ? 'EXPIRED' : days <= 7 ? 'CRITICAL' : days <= 60 ? 'WARNING' : 'OK',
});

describe('timelineLayout', () => {
  const layout = timelineLayout(
    [
      input('root-east', 'east', 3000),
      input('ca-west', 'west', 45),
      input('osm', 'central', -3, 'osm'),
      input('root-west', 'west', 3000),
    ],
    now,
    '1y',
    { criticalDays: 7, warningDays: 60 },
    geometry,
  );

  it('makes one row per cluster and mesh, the row with the soonest expiry first', () => {
    expect(layout.rows.map((r) => [r.label, r.marks.map((m) => m.id)])).toEqual([
      ['central / osm', ['osm']],
      ['west / istio', ['ca-west', 'root-west']],
      ['east / istio', ['root-east']],
    ]);
  });

  it('puts now, the 7- and 60-day lines and the marks in time order, clamping what lies beyond', () => {
    const [osm] = layout.rows[0]!.marks;
    const [caWest, rootWest] = layout.rows[1]!.marks;
    expect(layout.plotLeft).toBe(200);
    expect(layout.plotRight).toBe(980);
    expect(osm!.x).toBeLessThan(layout.nowX);
    expect(layout.nowX).toBeLessThan(layout.criticalX);
    expect(layout.criticalX).toBeLessThan(caWest!.x);
    expect(caWest!.x).toBeLessThan(layout.warningX);
    expect(rootWest).toMatchObject({ x: 980, beyond: 'after' });
    expect(osm!.beyond).toBeUndefined();
  });

  it('labels every third month start on the one-year span', () => {
    expect(layout.ticks.map((t) => t.label)).toEqual([
      'Jul 2026',
      'Oct 2026',
      'Jan 2027',
      'Apr 2027',
      'Jul 2027',
    ]);
    const xs = layout.ticks.map((t) => t.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });

  it('labels years on the ten-year span', () => {
    const ten = timelineLayout([], now, '10y', { criticalDays: 7, warningDays: 60 }, geometry);
    expect(ten.ticks[0]!.label).toBe('2026');
    expect(ten.ticks.at(-1)!.label).toBe('2036');
  });
});
