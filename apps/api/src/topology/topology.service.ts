import { Inject, Injectable } from '@nestjs/common';
import { HealthTolerances, type ExpiryThresholds } from '@meshwork/model';
import { MESHWORK_CONFIG } from '../config/config.tokens';
import type { MeshworkConfig } from '../config/meshwork-config';
import { FleetState } from '../discovery/fleet-state.service';
import { TrafficMetricsService } from '../metrics/traffic-metrics.service';
import type { ServiceSeriesResult } from '../metrics/traffic-snapshot';
import { DEFAULT_APPENDERS } from './appenders/default-appenders';
import { ExpressionSyntaxError } from './expressions/expression-syntax-error';
import { TopologyExpression } from './expressions/topology-expression';
import { computeTopology } from './graph/compute-topology';
import { TopologyGranularity, type TopologyGraph } from './graph/topology-graph';
import { TopologyCache } from './topology-cache';
import { TopologyErrorCode, TopologyException } from './topology.exception';
import type { TopologyFilterInput } from './topology.inputs';

/** Longest window a query may ask for: 30 days. */
const MAX_WINDOW = 30 * 24 * 3600;

/** Builds the topology graph (nodes from FleetState, edges from metrics, appenders) and caches it. */
@Injectable()
export class TopologyService {
  private readonly cache = new TopologyCache();
  private readonly tolerances: HealthTolerances;
  private readonly expiry: ExpiryThresholds;

  constructor(
    private readonly fleet: FleetState,
    private readonly metrics: TrafficMetricsService,
    @Inject(MESHWORK_CONFIG) config: MeshworkConfig,
  ) {
    this.tolerances = new HealthTolerances(config.healthTolerances);
    this.expiry = { criticalDays: config.certCriticalDays, warningDays: config.certWarningDays };
  }

  async topology(
    filter: TopologyFilterInput | undefined,
    window: number | undefined,
  ): Promise<TopologyGraph> {
    const seconds = checkWindow(window ?? 300);
    const find = parseExpression('find', filter?.find);
    const hide = parseExpression('hide', filter?.hide);
    const snapshot = await this.metrics.snapshot(seconds);
    const key = JSON.stringify([seconds, filter ?? {}]);
    const revision = this.fleet.revision;
    const cached = this.cache.get(key, revision, snapshot);
    if (cached) return cached;
    const graph = computeTopology(
      this.fleet,
      snapshot,
      {
        granularity: filter?.granularity ?? TopologyGranularity.SERVICE,
        clusters: filter?.clusters,
        namespaces: filter?.namespaces,
        meshes: filter?.meshes,
        health: filter?.health,
        find,
        hide,
      },
      DEFAULT_APPENDERS,
      this.tolerances,
      this.expiry,
    );
    this.cache.set(key, revision, snapshot, graph);
    return graph;
  }

  async serviceMetrics(id: string, window: number | undefined): Promise<ServiceSeriesResult> {
    const service = this.fleet.serviceById(id);
    if (!service)
      throw new TopologyException(
        TopologyErrorCode.SERVICE_NOT_FOUND,
        `no service with id "${id}"`,
      );
    return this.metrics.serviceSeries(service, checkWindow(window ?? 3600));
  }
}

function checkWindow(seconds: number): number {
  if (!Number.isInteger(seconds) || seconds < 10 || seconds > MAX_WINDOW)
    throw new TopologyException(
      TopologyErrorCode.INVALID_WINDOW,
      `window must be whole seconds between 10 and ${MAX_WINDOW}, got ${seconds}`,
    );
  return seconds;
}

function parseExpression(
  name: 'find' | 'hide',
  text: string | undefined,
): TopologyExpression | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  try {
    return TopologyExpression.parse(text);
  } catch (error) {
    if (!(error instanceof ExpressionSyntaxError)) throw error;
    throw new TopologyException(
      TopologyErrorCode.INVALID_EXPRESSION,
      `${name}: ${error.message}: ${text}`,
      { field: name, position: error.position },
    );
  }
}
