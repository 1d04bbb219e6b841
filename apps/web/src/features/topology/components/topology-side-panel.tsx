import { type TopologyIndex } from '../model/topology-index';
import { resolveSelection } from '../model/resolve-selection';
import { ClusterDetails, NamespaceDetails } from './box-details';
import { EdgeBundleDetails } from './edge-bundle-details';
import { EdgeDetails } from './edge-details';
import { NodeDetails } from './node-details';

interface TopologySidePanelProps {
  index: TopologyIndex;
  selectedId: string;
  windowSeconds: number;
  refreshMs: number | undefined;
  onSelect: (id: string) => void;
  onReveal: (id: string) => void;
  onClose: () => void;
}

/** Details of the selection; each neighbour and edge in it selects (and shows) that one. */
export function TopologySidePanel(props: TopologySidePanelProps) {
  const { index, selectedId, onSelect, onReveal } = props;
  const selection = resolveSelection(index, selectedId);
  const body = (() => {
    switch (selection.type) {
      case 'node':
        return (
          <NodeDetails
            node={selection.node}
            index={index}
            windowSeconds={props.windowSeconds}
            refreshMs={props.refreshMs}
            onSelect={onSelect}
          />
        );
      case 'edge':
        return (
          <EdgeDetails
            edge={selection.edge}
            index={index}
            windowSeconds={props.windowSeconds}
            refreshMs={props.refreshMs}
            onSelect={onSelect}
          />
        );
      case 'namespace':
        return (
          <NamespaceDetails
            namespace={selection.namespace}
            onSelect={onSelect}
            onReveal={onReveal}
          />
        );
      case 'cluster':
        return (
          <ClusterDetails cluster={selection.cluster} onSelect={onSelect} onReveal={onReveal} />
        );
      case 'edges':
        return <EdgeBundleDetails {...selection} index={index} onSelect={onSelect} />;
      case 'missing':
        return (
          <p className="muted" data-selection-type="missing">
            <code>{selection.id}</code> is not in the graph for this filter and window.
          </p>
        );
    }
  })();
  return (
    <aside
      className="topology-side-panel"
      aria-label="Selection details"
      data-testid="topology-side-panel"
    >
      <button
        type="button"
        className="topology-panel-close"
        aria-label="Close details"
        onClick={props.onClose}
      >
        ×
      </button>
      {body}
    </aside>
  );
}
