import { type OverviewQuery } from '../../../graphql/generated/graphql';

export type OverviewCluster = OverviewQuery['clusters'][number];

export type OverviewMesh = OverviewQuery['meshes'][number];

export type FleetTotals = OverviewQuery['fleet'];

export type CertificateCounts = OverviewQuery['certificateSummary'];
