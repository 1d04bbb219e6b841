import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { MeshKind } from '@meshwork/model';

@InputType({
  description: 'Every given field must match; text matches name or namespace, case-insensitive.',
})
export class FleetFilter {
  @Field(() => [String], { nullable: true }) clusters?: string[];
  @Field(() => [String], { nullable: true }) namespaces?: string[];
  @Field(() => [String], { nullable: true, description: 'Mesh ids.' }) meshes?: string[];
  @Field(() => [MeshKind], { nullable: true }) meshKinds?: MeshKind[];
  @Field(() => String, {
    nullable: true,
    description: 'Policies: the native kind; workloads: the workload kind.',
  })
  kind?: string;
  @Field(() => String, { nullable: true }) text?: string;
}

@ArgsType()
export class PageArgs {
  @Field(() => FleetFilter, { nullable: true }) filter?: FleetFilter;
  @Field(() => Int, { nullable: true, description: 'Page size, at most 1000 (default 100).' })
  first?: number;
  @Field(() => String, {
    nullable: true,
    description: 'Cursor: the endCursor of the previous page.',
  })
  after?: string;
}
