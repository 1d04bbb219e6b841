/** The part of the API's `FleetFilter` input the Overview counts by. */
export interface FleetFilter {
  clusters?: string[];
  meshes?: string[];
}

/** One group to count services and workloads of, e.g. one cluster or one mesh. */
export interface CountGroup {
  key: string;
  filter: FleetFilter;
}

export interface ServiceWorkloadCounts {
  services: number;
  workloads: number;
}

export interface FleetCountsRequest {
  query: string;
  variables: Record<string, FleetFilter>;
}

/**
 * One request for the service and workload counts of every group: an aliased `totalCount` (with
 * `first: 0`, so no nodes) per group. The groups depend on the fleet, so the document is built at
 * run time rather than generated.
 */
export function fleetCountsRequest(groups: readonly CountGroup[]): FleetCountsRequest {
  const variables: Record<string, FleetFilter> = {};
  const definitions: string[] = [];
  const fields: string[] = [];
  groups.forEach((group, index) => {
    variables[`f${index}`] = group.filter;
    definitions.push(`$f${index}: FleetFilter`);
    fields.push(
      `s${index}: services(filter: $f${index}, first: 0) { totalCount }`,
      `w${index}: workloads(filter: $f${index}, first: 0) { totalCount }`,
    );
  });
  const signature = definitions.length > 0 ? `(${definitions.join(', ')})` : '';
  const body = fields.length > 0 ? fields.join('\n  ') : '__typename';
  return { query: `query FleetCounts${signature} {\n  ${body}\n}`, variables };
}

type CountsAnswer = Record<string, { totalCount?: unknown } | undefined>;

/** The counts per group key from the answer to `fleetCountsRequest(groups)`. */
export function readFleetCounts(
  groups: readonly CountGroup[],
  data: CountsAnswer,
): Map<string, ServiceWorkloadCounts> {
  const counts = new Map<string, ServiceWorkloadCounts>();
  groups.forEach((group, index) => {
    const services = data[`s${index}`]?.totalCount;
    const workloads = data[`w${index}`]?.totalCount;
    if (typeof services === 'number' && typeof workloads === 'number') {
      counts.set(group.key, { services, workloads });
    }
  });
  return counts;
}
