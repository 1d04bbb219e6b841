import { type TopologyGranularity } from '../graphql/topology-data';
import {
  type EdgeLabelMode,
  refreshChoices,
  type TopologyView,
  windowChoices,
} from '../model/topology-view';
import { type ExpressionProblem } from '../utils/expression-problem';
import { ExpressionBox } from './expression-box';
import { MultiSelect, type MultiSelectOption } from './multi-select';

export interface FilterChoices {
  clusters: MultiSelectOption[];
  namespaces: MultiSelectOption[];
  meshes: MultiSelectOption[];
}

interface TopologyToolbarProps {
  view: TopologyView;
  choices: FilterChoices;
  /** A change of what the graph holds: the camera fits the new graph. */
  onFilter: (change: Partial<TopologyView>) => void;
  /** A change of how it is shown or refreshed. */
  onView: (change: Partial<TopologyView>) => void;
  onRefresh: () => void;
  onFit: () => void;
  onExport: () => void;
  legendOpen: boolean;
  onToggleLegend: () => void;
  expressionProblem: ExpressionProblem | undefined;
}

const granularities: ReadonlyArray<{ value: TopologyGranularity; label: string }> = [
  { value: 'WORKLOAD', label: 'Workloads' },
  { value: 'SERVICE', label: 'Services' },
  { value: 'APP', label: 'Apps' },
];

const edgeLabels: ReadonlyArray<{ value: EdgeLabelMode; label: string }> = [
  { value: 'rate', label: 'Request rate' },
  { value: 'errors', label: 'Error %' },
  { value: 'p95', label: 'p95 latency' },
  { value: 'none', label: 'No labels' },
];

/** Everything that changes what the graph shows, in the order people reach for it. */
export function TopologyToolbar(props: TopologyToolbarProps) {
  const { view, choices, onFilter, onView } = props;
  return (
    <div className="topology-toolbar" role="toolbar" aria-label="Topology view">
      <div className="topology-toolbar-row">
        <fieldset className="topology-segmented">
          <legend className="visually-hidden">Graph of</legend>
          {granularities.map((option) => (
            <label
              key={option.value}
              className={view.granularity === option.value ? 'is-checked' : undefined}
            >
              <input
                type="radio"
                name="granularity"
                value={option.value}
                checked={view.granularity === option.value}
                onChange={() => onFilter({ granularity: option.value })}
              />
              {option.label}
            </label>
          ))}
        </fieldset>
        <MultiSelect
          label="Clusters"
          noun="clusters"
          options={choices.clusters}
          selected={view.clusters}
          onChange={(clusters) => onFilter({ clusters })}
        />
        <MultiSelect
          label="Namespaces"
          noun="namespaces"
          options={choices.namespaces}
          selected={view.namespaces}
          onChange={(namespaces) => onFilter({ namespaces })}
        />
        <MultiSelect
          label="Meshes"
          noun="meshes"
          options={choices.meshes}
          selected={view.meshes}
          onChange={(meshes) => onFilter({ meshes })}
        />
        <label className="topology-select">
          <span className="topology-control-label">Window</span>
          <select
            value={view.windowSeconds}
            onChange={(event) => onView({ windowSeconds: Number(event.target.value) })}
          >
            {windowChoices.map((choice) => (
              <option key={choice.seconds} value={choice.seconds}>
                {choice.label}
              </option>
            ))}
          </select>
        </label>
        <label className="topology-select">
          <span className="topology-control-label">Refresh</span>
          <select
            value={view.refreshSeconds}
            onChange={(event) => onView({ refreshSeconds: Number(event.target.value) })}
          >
            {refreshChoices.map((choice) => (
              <option key={choice.seconds} value={choice.seconds}>
                {choice.label}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="topology-button"
          aria-pressed={view.paused}
          onClick={() => onView({ paused: !view.paused })}
        >
          {view.paused ? 'Resume' : 'Pause'}
        </button>
        <button type="button" className="topology-button" onClick={props.onRefresh}>
          Refresh now
        </button>
      </div>
      <div className="topology-toolbar-row">
        <ExpressionBox
          label="Find"
          placeholder="errorRate > 5 AND cluster = east"
          value={view.find}
          onApply={(find) => onFilter({ find })}
          error={
            props.expressionProblem?.field === 'find' ? props.expressionProblem.message : undefined
          }
        />
        <ExpressionBox
          label="Hide"
          placeholder="idle = true"
          value={view.hide}
          onApply={(hide) => onFilter({ hide })}
          error={
            props.expressionProblem?.field === 'hide' ? props.expressionProblem.message : undefined
          }
        />
        <label className="topology-select">
          <span className="topology-control-label">Edge labels</span>
          <select
            value={view.edgeLabel}
            onChange={(event) => onView({ edgeLabel: event.target.value as EdgeLabelMode })}
          >
            {edgeLabels.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <span className="topology-toolbar-spacer" />
        <button
          type="button"
          className="topology-button"
          aria-pressed={props.legendOpen}
          onClick={props.onToggleLegend}
        >
          Legend
        </button>
        <button type="button" className="topology-button" onClick={props.onFit}>
          Fit
        </button>
        <button type="button" className="topology-button" onClick={props.onExport}>
          Export PNG
        </button>
      </div>
    </div>
  );
}
