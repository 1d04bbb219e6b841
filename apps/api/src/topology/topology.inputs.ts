import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Health } from '@meshwork/model';
import { TopologyGranularity } from './graph/topology-graph';

registerEnumType(TopologyGranularity, { name: 'TopologyGranularity' });

@InputType('TopologyFilter', { description: 'Every given field must match.' })
export class TopologyFilterInput {
  @Field(() => [String], { nullable: true }) clusters?: string[];
  @Field(() => [String], { nullable: true }) namespaces?: string[];
  @Field(() => [String], { nullable: true, description: 'Mesh ids.' }) meshes?: string[];
  @Field(() => [Health], { nullable: true }) health?: Health[];
  @Field(() => TopologyGranularity, { nullable: true, description: 'Default SERVICE.' })
  granularity?: TopologyGranularity;
  @Field(() => String, {
    nullable: true,
    description: 'Expression, e.g. "errorRate > 5 AND cluster = east": matches get `highlighted`.',
  })
  find?: string;
  @Field(() => String, { nullable: true, description: 'Expression: matches are removed.' })
  hide?: string;
}

@ArgsType()
export class TopologyArgs {
  @Field(() => TopologyFilterInput, { nullable: true }) filter?: TopologyFilterInput;
  @Field(() => Int, {
    nullable: true,
    defaultValue: 300,
    description: 'Seconds of traffic to look at.',
  })
  window!: number;
}

@ArgsType()
export class ServiceMetricsArgs {
  @Field(() => ID) id!: string;
  @Field(() => Int, { nullable: true, defaultValue: 3600 }) window!: number;
}
