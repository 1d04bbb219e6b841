import { type Health } from '../graphql/topology-data';
import { HealthMark } from './health-mark';

const healths: readonly Health[] = ['HEALTHY', 'DEGRADED', 'FAILING', 'IDLE', 'UNKNOWN'];

function Line({ dashed, halo, tone }: { dashed?: boolean; halo?: boolean; tone?: string }) {
  return (
    <svg width="44" height="12" aria-hidden="true" focusable="false">
      {halo && <line x1="2" y1="6" x2="42" y2="6" stroke="var(--accent)" strokeWidth="6" />}
      <line
        x1="2"
        y1="6"
        x2="42"
        y2="6"
        stroke={tone ? `var(--state-${tone})` : 'var(--text-muted)'}
        strokeWidth="2"
        strokeDasharray={dashed ? '6 4' : undefined}
      />
    </svg>
  );
}

function Shape({ d }: { d: string }) {
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
      <path d={d} fill="none" stroke="var(--text-muted)" strokeWidth="1.6" />
    </svg>
  );
}

function Ring() {
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
      <circle cx="9" cy="9" r="4" fill="none" stroke="var(--text-muted)" strokeWidth="1.6" />
      <circle cx="9" cy="9" r="7.5" fill="none" stroke="var(--state-failing)" strokeWidth="1.6" />
    </svg>
  );
}

/** What every mark on the graph means; colour always has a shape or word beside it. */
export function TopologyLegend({ onClose }: { onClose: () => void }) {
  return (
    <aside className="topology-legend" aria-label="Legend">
      <header>
        <h2>Legend</h2>
        <button type="button" className="link-button" onClick={onClose}>
          Close
        </button>
      </header>
      <h3>Node health</h3>
      <ul>
        {healths.map((health) => (
          <li key={health}>
            <HealthMark health={health} />
          </li>
        ))}
      </ul>
      <h3>Node kind</h3>
      <ul>
        <li>
          <Shape d="M9 2.5l6.5 12h-13z" /> service
        </li>
        <li>
          <Shape d="M9 2.5a6.5 6.5 0 1 0 .01 0z" /> workload
        </li>
        <li>
          <Shape d="M3 3h12v12H3z" /> app
        </li>
        <li>
          <Shape d="M9 2l7 7-7 7-7-7z" /> external
        </li>
        <li>double border: traffic source (only sends)</li>
        <li>second line: the mesh (istio, linkerd, consul, osm…)</li>
        <li>
          <Ring /> red ring and ⚠ before the mesh: its root, intermediate or issuer certificate is
          critical or expired
        </li>
      </ul>
      <h3>Edges</h3>
      <ul>
        <li>
          <Line /> traffic, label: rate, error % or p95
        </li>
        <li>
          <Line tone="degraded" /> 5xx ≥ 0.1 % · <Line tone="failing" /> 5xx ≥ 10 %
        </li>
        <li>
          <Line dashed /> idle (no requests in the window)
        </li>
        <li>
          <Line halo /> crosses clusters
        </li>
        <li>
          <span className="topology-legend-glyph">⚷</span> all requests over mTLS
        </li>
        <li>dashed ring: matches the Find expression</li>
      </ul>
      <h3>Boxes</h3>
      <ul>
        <li>Outer boxes are clusters, inner boxes namespaces.</li>
        <li>
          Zoomed out, a namespace (or a cluster) is one box with its counts and worst health; zoom
          in or click it to open it. Its edges sum the traffic between boxes.
        </li>
      </ul>
    </aside>
  );
}
