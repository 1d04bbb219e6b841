import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Reachability } from './reachability';

export enum ClusterSource {
  KUBECONFIG = 'KUBECONFIG',
  IN_CLUSTER = 'IN_CLUSTER',
  DEMO = 'DEMO',
}

registerEnumType(Reachability, {
  name: 'Reachability',
  description: 'How a cluster answered its last probe.',
  valuesMap: {
    PENDING: { description: 'Not tried yet.' },
    REACHABLE: { description: 'Answered, and accepted our credentials.' },
    UNREACHABLE: {
      description: 'Did not answer in time, refused, or cannot be addressed (see error).',
    },
    UNAUTHORIZED: {
      description: 'Answered, but rejected our credentials (401) or denied access (403).',
    },
  },
});
registerEnumType(ClusterSource, {
  name: 'ClusterSource',
  description: 'Where the cluster was configured.',
});

@ObjectType({ description: 'A Kubernetes cluster the hub watches: one kubeconfig context.' })
export class Cluster {
  @Field({ description: 'The kubeconfig context name; part of every id.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The API server URL.' })
  server?: string;

  @Field(() => String, { nullable: true })
  context?: string;

  @Field(() => ClusterSource)
  source!: ClusterSource;

  @Field(() => Reachability)
  reachability!: Reachability;

  @Field(() => String, { nullable: true, description: 'gitVersion from /version, e.g. v1.34.1.' })
  kubernetesVersion?: string;

  @Field(() => Date, { nullable: true, description: 'Last time the cluster answered.' })
  lastSeenAt?: Date;

  @Field(() => Date, { nullable: true, description: 'Last time the hub tried it.' })
  lastCheckedAt?: Date;

  @Field(() => String, { nullable: true, description: 'Why the cluster is not REACHABLE.' })
  error?: string;
}
