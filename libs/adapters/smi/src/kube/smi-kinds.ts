import { type KindRef } from '@meshwork/adapters-core';

const crd = (group: string, version: string, resource: string, kind: string): KindRef => ({
  group,
  version,
  resource,
  kind,
  namespaced: true,
  optional: true,
});

export const SMI_SPLIT_GROUP = 'split.smi-spec.io';
export const SMI_ACCESS_GROUP = 'access.smi-spec.io';
export const SMI_SPECS_GROUP = 'specs.smi-spec.io';

/**
 * The SMI kinds, one `KindRef` each for reading the snapshot (which stores objects by group and
 * resource, whatever version they were listed at).
 */
export const SmiKinds = {
  TrafficSplit: crd(SMI_SPLIT_GROUP, 'v1alpha3', 'trafficsplits', 'TrafficSplit'),
  TrafficTarget: crd(SMI_ACCESS_GROUP, 'v1alpha3', 'traffictargets', 'TrafficTarget'),
  HTTPRouteGroup: crd(SMI_SPECS_GROUP, 'v1alpha4', 'httproutegroups', 'HTTPRouteGroup'),
  TCPRoute: crd(SMI_SPECS_GROUP, 'v1alpha4', 'tcproutes', 'TCPRoute'),
} as const;

/**
 * Versions the implementations actually serve, and they share none: OSM's CRDs serve split v1alpha2,
 * access v1alpha3 and specs v1alpha4 only (the other versions are `served: false`), Traefik Mesh's
 * serve split v1alpha3, access v1alpha2 and specs v1alpha3. v1alpha4 of split is the last SMI release.
 * Every version is listed so that whichever one a cluster serves gets watched.
 */
export const SMI_SERVED_VERSIONS: Readonly<Record<keyof typeof SmiKinds, readonly string[]>> = {
  TrafficSplit: ['v1alpha2', 'v1alpha3', 'v1alpha4'],
  TrafficTarget: ['v1alpha2', 'v1alpha3'],
  HTTPRouteGroup: ['v1alpha3', 'v1alpha4'],
  TCPRoute: ['v1alpha3', 'v1alpha4'],
};

/** One optional `KindRef` per (kind, served version); all of a kind share one snapshot key. */
export const SMI_WATCHED_KINDS: readonly KindRef[] = (
  Object.keys(SmiKinds) as (keyof typeof SmiKinds)[]
).flatMap((name) => SMI_SERVED_VERSIONS[name].map((version) => ({ ...SmiKinds[name], version })));
