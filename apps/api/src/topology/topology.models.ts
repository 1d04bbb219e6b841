import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Health, MeshKind } from '@meshwork/model';

registerEnumType(Health, {
  name: 'Health',
  description: 'Worst of pod readiness and traffic health.',
  valuesMap: {
    IDLE: { description: 'Ready, but no traffic in the window.' },
    UNKNOWN: { description: 'Nothing to judge on (no replicas, no metrics).' },
  },
});

@ObjectType('TopologyNode', { description: 'A service, workload, app or outside caller.' })
export class TopologyNodeModel {
  @Field(() => ID, {
    description: 'Stable across refreshes: `<cluster>/<namespace>/<Kind>/<name>`.',
  })
  id!: string;
  @Field({ description: 'SERVICE | WORKLOAD | APP | EXTERNAL' }) kind!: string;
  @Field() cluster!: string;
  @Field() namespace!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true, description: 'Mesh id.' }) mesh?: string;
  @Field(() => MeshKind, { nullable: true }) meshKind?: MeshKind;
  @Field(() => Health) health!: Health;
  @Field(() => [String]) healthReasons!: string[];
  @Field(() => Float, { nullable: true, description: 'Inbound requests per second.' })
  requestRate?: number;
  @Field(() => Float, { nullable: true, description: 'Inbound 5xx share, 0-100.' })
  errorRate?: number;
  @Field({ description: 'No traffic in the window.' }) idle!: boolean;
  @Field({ description: 'Only sends, never receives (ingress, load generators).' })
  trafficSource!: boolean;
  @Field() highlighted!: boolean;
  @Field({ description: "Its mesh's root or issuer certificate is CRITICAL or EXPIRED." })
  certificateAlert!: boolean;
}

@ObjectType('TopologyEdge')
export class TopologyEdgeModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) source!: string;
  @Field(() => ID) target!: string;
  @Field({ description: 'http | grpc | tcp' }) protocol!: string;
  @Field(() => Float, { description: 'Requests per second.' }) requestRate!: number;
  @Field(() => Float, { description: '5xx share, 0-100.' }) errorRate!: number;
  @Field(() => Float, { nullable: true }) p50LatencyMs?: number;
  @Field(() => Float, { nullable: true }) p95LatencyMs?: number;
  @Field(() => Float, { nullable: true }) p99LatencyMs?: number;
  @Field(() => Float, { nullable: true, description: 'Share of requests over mTLS, 0-100.' })
  mtlsPercent?: number;
  @Field() crossCluster!: boolean;
  @Field() highlighted!: boolean;
}

@ObjectType('Topology')
export class TopologyModel {
  @Field(() => [TopologyNodeModel]) nodes!: TopologyNodeModel[];
  @Field(() => [TopologyEdgeModel]) edges!: TopologyEdgeModel[];
  @Field(() => Int, { description: 'Seconds.' }) window!: number;
  @Field() generatedAt!: Date;
  @Field() metricsAvailable!: boolean;
  @Field({ description: '"prometheus:<url>" | "simulated" | "none"' }) metricsSource!: string;
  @Field(() => String, { nullable: true, description: 'Why metrics are unavailable.' })
  metricsError?: string;
}

@ObjectType('MetricPoint')
export class MetricPointModel {
  @Field() t!: Date;
  @Field(() => Float) v!: number;
}

@ObjectType('MetricSeries')
export class MetricSeriesModel {
  @Field({ description: 'requestRate | errorRate | p50LatencyMs | p95LatencyMs | p99LatencyMs' })
  name!: string;
  @Field({ description: 'req/s | % | ms' }) unit!: string;
  @Field(() => [MetricPointModel]) points!: MetricPointModel[];
}

@ObjectType('ServiceMetrics')
export class ServiceMetricsModel {
  @Field(() => ID) serviceId!: string;
  @Field(() => Int) window!: number;
  @Field(() => [MetricSeriesModel]) series!: MetricSeriesModel[];
  @Field() metricsAvailable!: boolean;
  @Field(() => String, { nullable: true }) metricsError?: string;
}
