import { type KindRef } from '@meshwork/adapters-core';

const crd = (group: string, version: string, resource: string, kind: string): KindRef => ({
  group,
  version,
  resource,
  kind,
  namespaced: true,
  optional: true,
});

export const OSM_CONFIG_GROUP = 'config.openservicemesh.io';
export const OSM_POLICY_GROUP = 'policy.openservicemesh.io';

/** OSM's own CRDs [OSM cmd/osm-bootstrap/crds/]. */
export const OsmKinds = {
  /** v1alpha2 since OSM v1.1; v1alpha1 is still served (deprecated) and is the only one in v1.0. */
  MeshConfig: crd(OSM_CONFIG_GROUP, 'v1alpha2', 'meshconfigs', 'MeshConfig'),
  /** Carries `spec.trustDomain` on OSM main; absent from released v1.2 clusters. */
  MeshRootCertificate: crd(
    OSM_CONFIG_GROUP,
    'v1alpha2',
    'meshrootcertificates',
    'MeshRootCertificate',
  ),
  Egress: crd(OSM_POLICY_GROUP, 'v1alpha1', 'egresses', 'Egress'),
  IngressBackend: crd(OSM_POLICY_GROUP, 'v1alpha1', 'ingressbackends', 'IngressBackend'),
  Retry: crd(OSM_POLICY_GROUP, 'v1alpha1', 'retries', 'Retry'),
  UpstreamTrafficSetting: crd(
    OSM_POLICY_GROUP,
    'v1alpha1',
    'upstreamtrafficsettings',
    'UpstreamTrafficSetting',
  ),
} as const;

export const OSM_WATCHED_KINDS: readonly KindRef[] = [
  ...Object.values(OsmKinds),
  { ...OsmKinds.MeshConfig, version: 'v1alpha1' },
];
