import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/** Operation names come from clients; past this many distinct names, new ones are counted as "other". */
const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** The hub's own Prometheus metrics, served at GET /metrics. */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  private readonly knownOperations = new Set<string>();
  private readonly graphqlDuration = new Histogram({
    name: 'meshwork_graphql_operation_duration_seconds',
    help: 'Time to execute a GraphQL operation, by operation name, type and outcome.',
    labelNames: ['operation', 'type', 'outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  observeGraphqlOperation(
    name: string | null | undefined,
    type: string,
    outcome: 'ok' | 'error',
    seconds: number,
  ): void {
    this.graphqlDuration.observe(
      { operation: this.boundedOperationName(name), type, outcome },
      seconds,
    );
  }

  async render(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  private boundedOperationName(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'invalid';
    if (this.knownOperations.has(name)) return name;
    if (this.knownOperations.size >= MAX_OPERATION_NAMES) return 'other';
    this.knownOperations.add(name);
    return name;
  }
}
