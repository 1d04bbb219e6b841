import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ControlPlaneHealth, DataPlaneMode, MeshKind } from '@meshwork/model';

registerEnumType(MeshKind, { name: 'MeshKind' });
registerEnumType(ControlPlaneHealth, { name: 'ControlPlaneHealth' });
registerEnumType(DataPlaneMode, { name: 'DataPlaneMode' });

@ObjectType()
export class KeyValue {
  @Field() key!: string;
  @Field() value!: string;
}

@ObjectType()
export class ClusterRef {
  @Field() name!: string;
}

@ObjectType()
export class ControlPlaneModel {
  @Field() name!: string;
  @Field() namespace!: string;
  @Field() revision!: string;
  @Field(() => String, { nullable: true }) version?: string;
  @Field(() => String, { nullable: true }) trustDomain?: string;
  @Field(() => Int) readyReplicas!: number;
  @Field(() => Int) desiredReplicas!: number;
  @Field(() => ControlPlaneHealth) health!: ControlPlaneHealth;
}

@ObjectType('Mesh', { description: 'A service mesh installation in one cluster.' })
export class MeshModel {
  @Field(() => ID) id!: string;
  @Field(() => MeshKind) kind!: MeshKind;
  @Field() name!: string;
  @Field(() => ClusterRef) cluster!: ClusterRef;
  @Field() namespace!: string;
  @Field(() => String, { nullable: true }) version?: string;
  @Field(() => String, { nullable: true }) revision?: string;
  @Field(() => String, { nullable: true }) trustDomain?: string;
  @Field(() => ControlPlaneHealth) health!: ControlPlaneHealth;
  @Field(() => [ControlPlaneModel]) controlPlanes!: ControlPlaneModel[];
  @Field(() => [KeyValue]) attributes!: KeyValue[];
}

@ObjectType()
export class ServicePortModel {
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => Int) port!: number;
  @Field() protocol!: string;
  @Field(() => String, { nullable: true }) appProtocol?: string;
}

@ObjectType('Service', {
  description: 'A Kubernetes Service in one cluster, with the meshes it belongs to.',
})
export class ServiceModel {
  @Field(() => ID) id!: string;
  @Field(() => ClusterRef) cluster!: ClusterRef;
  @Field() namespace!: string;
  @Field() name!: string;
  @Field(() => [ServicePortModel]) ports!: ServicePortModel[];
  @Field(() => [String], { description: 'Ids of the meshes this service belongs to.' })
  meshIds!: string[];
  @Field(() => [String], { description: 'Versions (pod `version` label values) behind it.' })
  versions!: string[];
  @Field(() => [String], { description: 'Ids of the workloads behind it.' }) workloadIds!: string[];
  @Field({ description: 'Same for the same logical service in every cluster.' })
  logicalKey!: string;
}

@ObjectType()
export class PageInfo {
  @Field(() => String, { nullable: true }) endCursor?: string;
  @Field() hasNextPage!: boolean;
}

@ObjectType()
export class ServiceConnection {
  @Field(() => Int) totalCount!: number;
  @Field(() => [ServiceModel]) nodes!: ServiceModel[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType('Workload')
export class WorkloadModel {
  @Field(() => ID) id!: string;
  @Field(() => ClusterRef) cluster!: ClusterRef;
  @Field() namespace!: string;
  @Field() name!: string;
  @Field() kind!: string;
  @Field(() => Int) readyReplicas!: number;
  @Field(() => Int) desiredReplicas!: number;
  @Field(() => DataPlaneMode) dataPlaneMode!: DataPlaneMode;
  @Field(() => String, { nullable: true }) meshId?: string;
  @Field(() => String, { nullable: true }) identity?: string;
  @Field(() => String, { nullable: true }) version?: string;
}

@ObjectType({ description: 'Counts over the whole fleet.' })
export class FleetSummary {
  @Field(() => Int) revision!: number;
  @Field(() => Int) clusters!: number;
  @Field(() => Int) clustersSynced!: number;
  @Field(() => Int) meshes!: number;
  @Field(() => Int) services!: number;
  @Field(() => Int) workloads!: number;
  @Field(() => Int) policies!: number;
}

@ObjectType()
export class FleetChangedEvent {
  @Field(() => Int) revision!: number;
  @Field(() => [String]) clusters!: string[];
  @Field(() => [String]) changedIds!: string[];
}

@ObjectType({ description: 'One normalized effect of a native policy.' })
export class PolicyEffectModel {
  @Field({
    description:
      'TRAFFIC_SPLIT, TIMEOUT, RETRY, FAULT_INJECTION, MIRROR, CIRCUIT_BREAKER, MTLS_MODE, ACCESS.',
  })
  type!: string;
  @Field({ description: 'The effect in words, e.g. "v1 90% / v2 10%".' }) summary!: string;
  @Field({ description: 'The effect as JSON.' }) json!: string;
}

@ObjectType('NativePolicy', { description: "A mesh's own policy object, normalized into effects." })
export class NativePolicyModel {
  @Field(() => ID) id!: string;
  @Field(() => ClusterRef) cluster!: ClusterRef;
  @Field() meshId!: string;
  @Field() kind!: string;
  @Field() namespace!: string;
  @Field() name!: string;
  @Field(() => [String], { description: 'Targets in words (service ids, selectors, namespaces).' })
  targets!: string[];
  @Field(() => [PolicyEffectModel]) effects!: PolicyEffectModel[];
  @Field(() => [String], { description: 'Field paths the effects do not represent.' })
  unmodelled!: string[];
}

@ObjectType()
export class PolicyConnection {
  @Field(() => Int) totalCount!: number;
  @Field(() => [NativePolicyModel]) nodes!: NativePolicyModel[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType()
export class WorkloadConnection {
  @Field(() => Int) totalCount!: number;
  @Field(() => [WorkloadModel]) nodes!: WorkloadModel[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType('MeshLink', { description: 'A multi-cluster connection between meshes.' })
export class MeshLinkModel {
  @Field(() => ID) id!: string;
  @Field() kind!: string;
  @Field() fromCluster!: string;
  @Field(() => String, { nullable: true }) fromMeshId?: string;
  @Field(() => String, { nullable: true }) toCluster?: string;
  @Field(() => [KeyValue]) details!: KeyValue[];
}

@ObjectType('ServiceDetail', {
  description: 'A service with what it runs, what applies to it, and where else it exists.',
})
export class ServiceDetailModel extends ServiceModel {
  @Field(() => [MeshModel]) meshes!: MeshModel[];
  @Field(() => [WorkloadModel]) workloads!: WorkloadModel[];
  @Field(() => [NativePolicyModel]) policies!: NativePolicyModel[];
  @Field(() => [ServiceModel], { description: 'The same logical service in other clusters.' })
  otherClusters!: ServiceModel[];
}
