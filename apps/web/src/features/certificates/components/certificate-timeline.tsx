import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { type CertificateRow } from '../graphql/certificate-rows';
import { certificatePath } from '../utils/certificate-ids';
import { expiryTone, expiryWord, roleWord } from '../utils/expiry-class';
import { isoDay } from '../utils/expires-in';
import {
  timelineLayout,
  timelineSpans,
  type TimelineMark,
  type TimelineSpan,
} from '../utils/timeline-layout';
import './certificate-timeline.css';

interface CertificateTimelineProps {
  rows: readonly CertificateRow[];
  now: number;
  span: TimelineSpan;
  onSpan: (span: TimelineSpan) => void;
  thresholds: { criticalDays: number; warningDays: number };
  search: string;
}

const WIDTH = 1000;
const ROW_HEIGHT = 24;
const TOP = 24;
const geometry = { width: WIDTH, labelWidth: 190, padding: 14 };

/** A mark's shape follows its class, so the timeline reads without colour too. */
function Mark({ mark, label, onOpen }: { mark: TimelineMark; label: string; onOpen: () => void }) {
  const tone = expiryTone(mark.expiryClass);
  const shape =
    mark.expiryClass === 'EXPIRED' ? (
      <path d="M-5,-5L5,5M5,-5L-5,5" className="mark-stroke" />
    ) : mark.expiryClass === 'OK' ? (
      <circle r="4.5" />
    ) : (
      <path d="M0,-6L6,5L-6,5Z" />
    );
  return (
    <g
      className={`timeline-mark tone-${tone}`}
      role="link"
      tabIndex={0}
      aria-label={label}
      onClick={onOpen}
      onKeyDown={(event) => {
        if (event.key === 'Enter') onOpen();
      }}
      data-class={mark.expiryClass}
    >
      <title>{label}</title>
      {shape}
      {mark.beyond && (
        <path
          className="mark-stroke"
          d={mark.beyond === 'after' ? 'M9,-4L13,0L9,4' : 'M-9,-4L-13,0L-9,4'}
        />
      )}
    </g>
  );
}

/**
 * Every certificate on one time axis, one row per cluster and mesh: a "now" line, the critical and
 * warning bands after it, and a mark at each notAfter (clamped at the edges when it lies beyond).
 */
export function CertificateTimeline({
  rows,
  now,
  span,
  onSpan,
  thresholds,
  search,
}: CertificateTimelineProps) {
  const navigate = useNavigate();
  const byId = useMemo(() => new Map(rows.map((r) => [r.id, r])), [rows]);
  // Minute resolution: the layout need not be rebuilt on every tick of the page clock.
  const minute = Math.floor(now / 60_000) * 60_000;
  const layout = useMemo(
    () =>
      timelineLayout(
        rows.map((r) => ({
          id: r.id,
          cluster: r.cluster,
          meshLabel: r.meshName ?? r.mesh,
          notAfter: r.notAfter,
          expiryClass: r.expiryClass,
        })),
        minute,
        span,
        thresholds,
        geometry,
      ),
    [rows, minute, span, thresholds],
  );
  const height = TOP + layout.rows.length * ROW_HEIGHT + 8;
  return (
    <section className="certificate-timeline" aria-labelledby="timeline-heading">
      <header>
        <h2 id="timeline-heading">Timeline</h2>
        <div className="timeline-spans" role="group" aria-label="Time span">
          {(Object.keys(timelineSpans) as TimelineSpan[]).map((key) => (
            <button
              key={key}
              type="button"
              aria-pressed={span === key}
              className={span === key ? 'is-on' : undefined}
              onClick={() => onSpan(key)}
            >
              {timelineSpans[key].label}
            </button>
          ))}
        </div>
      </header>
      {layout.rows.length === 0 ? (
        <p className="muted">No certificates to draw.</p>
      ) : (
        <svg
          viewBox={`0 0 ${WIDTH} ${height}`}
          width="100%"
          role="img"
          aria-label={`Certificate expiry across ${layout.rows.length} cluster and mesh rows`}
        >
          <rect
            className="band-critical"
            x={layout.nowX}
            y={TOP - 6}
            width={Math.max(0, layout.criticalX - layout.nowX)}
            height={height - TOP}
          />
          <rect
            className="band-warning"
            x={layout.criticalX}
            y={TOP - 6}
            width={Math.max(0, layout.warningX - layout.criticalX)}
            height={height - TOP}
          />
          {layout.ticks.map((tick) => (
            <g key={tick.label} className="timeline-tick">
              <line x1={tick.x} x2={tick.x} y1={TOP - 6} y2={height - 2} />
              <text x={tick.x} y={12} textAnchor="middle">
                {tick.label}
              </text>
            </g>
          ))}
          {layout.rows.map((row, i) => {
            const y = TOP + i * ROW_HEIGHT + ROW_HEIGHT / 2;
            return (
              <g key={row.key} className="timeline-row" data-row={row.label}>
                <line
                  className="row-rule"
                  x1={layout.plotLeft}
                  x2={layout.plotRight}
                  y1={y}
                  y2={y}
                />
                <text x={geometry.labelWidth} y={y + 4} textAnchor="end" className="row-label">
                  {row.label}
                </text>
                {row.marks.map((mark) => {
                  const certificate = byId.get(mark.id);
                  const label = `${expiryWord(mark.expiryClass)}: ${
                    certificate ? `${roleWord(certificate.role)} ${certificate.subject}` : mark.id
                  }, notAfter ${isoDay(mark.notAfter)}`;
                  return (
                    <g key={mark.id} transform={`translate(${mark.x},${y})`}>
                      <Mark
                        mark={mark}
                        label={label}
                        onOpen={() => void navigate(certificatePath(mark.id, search))}
                      />
                    </g>
                  );
                })}
              </g>
            );
          })}
          <g className="timeline-now">
            <line x1={layout.nowX} x2={layout.nowX} y1={TOP - 10} y2={height} />
            <text x={layout.nowX + 3} y={TOP - 10}>
              now
            </text>
          </g>
        </svg>
      )}
      <p className="timeline-legend muted">
        <span className="legend-critical" /> within {thresholds.criticalDays} days
        <span className="legend-warning" /> within {thresholds.warningDays} days · ✕ expired, ▲
        expiring, ● OK; arrows point to dates beyond the span
      </p>
    </section>
  );
}
