import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Health } from '@meshwork/model';

@ObjectType('MeshHealth', { description: 'Worst of its control plane and its workloads.' })
export class MeshHealthModel {
  @Field(() => ID) meshId!: string;
  @Field() cluster!: string;
  @Field(() => Health) health!: Health;
  @Field(() => [String]) reasons!: string[];
}

@ObjectType('ClusterHealth', { description: 'Worst of its meshes and workloads.' })
export class ClusterHealthModel {
  @Field() cluster!: string;
  @Field(() => Health) health!: Health;
  @Field(() => [String]) reasons!: string[];
}

@ObjectType('FleetHealth')
export class FleetHealthModel {
  @Field(() => [MeshHealthModel]) meshes!: MeshHealthModel[];
  @Field(() => [ClusterHealthModel]) clusters!: ClusterHealthModel[];
  @Field({ description: 'Traffic health is included only when metrics were available.' })
  metricsAvailable!: boolean;
}
