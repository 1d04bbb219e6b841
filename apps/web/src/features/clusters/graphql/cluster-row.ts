import { type ClustersQuery } from '../../../graphql/generated/graphql';

/** One cluster as the Clusters query returns it. */
export type ClusterRow = ClustersQuery['clusters'][number];
