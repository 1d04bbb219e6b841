import { type CertificateExpiryClass } from '../../../graphql/generated/graphql';

const DAY_MS = 86_400_000;

/** The windows the timeline can show, in days before and after now. */
export const timelineSpans = {
  '90d': { label: '90 days', pastDays: 21, futureDays: 90 },
  '1y': { label: '1 year', pastDays: 45, futureDays: 400 },
  '10y': { label: '10 years', pastDays: 365, futureDays: 3_700 },
} as const;

export type TimelineSpan = keyof typeof timelineSpans;

export function isTimelineSpan(value: string | null): value is TimelineSpan {
  return value !== null && value in timelineSpans;
}

export interface TimelineInput {
  id: string;
  cluster: string;
  /** Row label part after the cluster: the mesh's name, or its id when unknown. */
  meshLabel: string;
  notAfter: string;
  expiryClass: CertificateExpiryClass;
}

export interface TimelineMark {
  id: string;
  x: number;
  expiryClass: CertificateExpiryClass;
  /** Outside the window: drawn at the edge, pointing the way it lies. */
  beyond?: 'before' | 'after';
  notAfter: string;
}

export interface TimelineRow {
  key: string;
  label: string;
  marks: TimelineMark[];
}

export interface TimelineLayout {
  rows: TimelineRow[];
  ticks: { x: number; label: string }[];
  nowX: number;
  /** x of now + criticalDays and now + warningDays (clamped to the plot). */
  criticalX: number;
  warningX: number;
  plotLeft: number;
  plotRight: number;
}

export interface TimelineGeometry {
  width: number;
  labelWidth: number;
  padding: number;
}

/**
 * Where everything goes on the timeline: one row per cluster and mesh (rows with the soonest expiry
 * first), a mark at each notAfter, a line at now, and the critical and warning bands after it.
 */
export function timelineLayout(
  items: readonly TimelineInput[],
  now: number,
  span: TimelineSpan,
  thresholds: { criticalDays: number; warningDays: number },
  geometry: TimelineGeometry,
): TimelineLayout {
  const { pastDays, futureDays } = timelineSpans[span];
  const start = now - pastDays * DAY_MS;
  const end = now + futureDays * DAY_MS;
  const plotLeft = geometry.labelWidth + geometry.padding;
  const plotRight = geometry.width - geometry.padding;
  const x = (t: number) =>
    plotLeft +
    ((Math.min(Math.max(t, start), end) - start) / (end - start)) * (plotRight - plotLeft);

  const byRow = new Map<string, TimelineRow & { soonest: number }>();
  for (const item of items) {
    const key = `${item.cluster}\u0000${item.meshLabel}`;
    const at = Date.parse(item.notAfter);
    let row = byRow.get(key);
    if (!row) {
      row = { key, label: `${item.cluster} / ${item.meshLabel}`, marks: [], soonest: at };
      byRow.set(key, row);
    }
    row.soonest = Math.min(row.soonest, at);
    row.marks.push({
      id: item.id,
      x: x(at),
      expiryClass: item.expiryClass,
      notAfter: item.notAfter,
      ...(at < start
        ? { beyond: 'before' as const }
        : at > end
          ? { beyond: 'after' as const }
          : {}),
    });
  }
  const rows = [...byRow.values()]
    .sort((a, b) => a.soonest - b.soonest || a.label.localeCompare(b.label))
    .map(({ key, label, marks }) => ({ key, label, marks }));
  return {
    rows,
    ticks: ticks(start, end, span).map((t) => ({ x: x(t.at), label: t.label })),
    nowX: x(now),
    criticalX: x(now + thresholds.criticalDays * DAY_MS),
    warningX: x(now + thresholds.warningDays * DAY_MS),
    plotLeft,
    plotRight,
  };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Month starts (every month, or every third on the 1-year span) or year starts, in UTC. */
function ticks(start: number, end: number, span: TimelineSpan): { at: number; label: string }[] {
  const result: { at: number; label: string }[] = [];
  const first = new Date(start);
  if (span === '10y') {
    for (let year = first.getUTCFullYear() + 1; Date.UTC(year, 0, 1) <= end; year++)
      result.push({ at: Date.UTC(year, 0, 1), label: String(year) });
    return result;
  }
  const step = span === '1y' ? 3 : 1;
  for (let k = 1; ; k++) {
    const at = Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + k, 1);
    if (at > end) break;
    const month = new Date(at).getUTCMonth();
    if (month % step === 0)
      result.push({ at, label: `${MONTHS[month]} ${new Date(at).getUTCFullYear()}` });
  }
  return result;
}
