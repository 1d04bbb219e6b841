import { Link } from 'react-router';
import { StateIcon } from '../../../shared/components/state-icon';
import { type AttentionItem } from '../utils/attention-items';

interface AttentionListProps {
  items: readonly AttentionItem[];
  clusterCount: number;
  meshCount: number;
}

/** The Overview's answer: what needs a person, worst first, or plainly that nothing does. */
export function AttentionList({ items, clusterCount, meshCount }: AttentionListProps) {
  const problems = items.filter((item) => item.tone !== 'unknown').length;
  return (
    <section className="overview-card attention" aria-labelledby="attention-heading">
      <h2 id="attention-heading">Needs attention</h2>
      {items.length === 0 || problems === 0 ? (
        <p className="attention-all-clear tone-ok" data-testid="all-clear">
          <StateIcon tone="ok" />
          All {clusterCount} {clusterCount === 1 ? 'cluster' : 'clusters'} reachable, all{' '}
          {meshCount} {meshCount === 1 ? 'control plane' : 'control planes'} healthy
        </p>
      ) : null}
      {items.length > 0 && (
        <ul className="attention-list" data-testid="attention-list">
          {items.map((item) => (
            <li key={item.key} className={`attention-item tone-${item.tone}`} data-tone={item.tone}>
              <StateIcon tone={item.tone} />
              <div>
                <Link to={item.link} className="attention-title">
                  {item.title}
                </Link>
                {item.detail && <div className="attention-detail">{item.detail}</div>}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
