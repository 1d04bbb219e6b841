import { type ClusterSnapshot, type KubeObject } from '@meshwork/adapters-core';
import { OsmConventions } from '../kube/osm-conventions';
import { OsmKinds } from '../kube/osm-kinds';
import {
  fieldsAt,
  isFields,
  optionalBoolean,
  optionalFields,
  optionalString,
} from '../policies/spec-reader';

/** The MeshConfig fields the adapter uses [OSM cmd/osm-bootstrap/crds/config_meshconfig.yaml]. */
export interface OsmMeshSettings {
  /** `spec.traffic.enablePermissiveTrafficPolicyMode`: allow-all instead of SMI TrafficTargets. */
  permissiveTrafficPolicyMode?: boolean;
  /** `spec.traffic.enableEgress`: meshed pods may reach any host outside the mesh. */
  enableEgress?: boolean;
  /** `spec.featureFlags.enableRetryPolicy`: Retry objects are ignored without it. */
  enableRetryPolicy?: boolean;
  /** Not a field of released MeshConfigs; read in case a build adds it. */
  trustDomain?: string;
}

export function meshConfigOf(snapshot: ClusterSnapshot, namespace: string): KubeObject | undefined {
  return snapshot.get(OsmKinds.MeshConfig, namespace, OsmConventions.meshConfigName);
}

/** Throws `InvalidSpecError` for a malformed MeshConfig. */
export function readOsmMeshSettings(meshConfig: KubeObject): OsmMeshSettings {
  const spec = fieldsAt(meshConfig.spec ?? {}, 'spec');
  const traffic = optionalFields(spec['traffic'], 'spec.traffic');
  const flags = optionalFields(spec['featureFlags'], 'spec.featureFlags');
  const certificate = optionalFields(spec['certificate'], 'spec.certificate');
  const settings: OsmMeshSettings = {};
  const permissive = optionalBoolean(
    traffic?.['enablePermissiveTrafficPolicyMode'],
    'spec.traffic.enablePermissiveTrafficPolicyMode',
  );
  if (permissive !== undefined) settings.permissiveTrafficPolicyMode = permissive;
  const egress = optionalBoolean(traffic?.['enableEgress'], 'spec.traffic.enableEgress');
  if (egress !== undefined) settings.enableEgress = egress;
  const retry = optionalBoolean(
    flags?.['enableRetryPolicy'],
    'spec.featureFlags.enableRetryPolicy',
  );
  if (retry !== undefined) settings.enableRetryPolicy = retry;
  const trustDomain = optionalString(certificate?.['trustDomain'], 'spec.certificate.trustDomain');
  if (trustDomain !== undefined) settings.trustDomain = trustDomain;
  return settings;
}

/**
 * Trust domain from the active MeshRootCertificate (OSM main moved it there), when one exists in
 * the control-plane namespace.
 */
export function meshRootTrustDomain(
  snapshot: ClusterSnapshot,
  namespace: string,
): string | undefined {
  const roots = [...snapshot.list(OsmKinds.MeshRootCertificate, namespace)].sort((a, b) =>
    a.metadata.name.localeCompare(b.metadata.name),
  );
  const isActive = (root: KubeObject) => {
    const spec = isFields(root.spec) ? root.spec : {};
    const status = isFields(root.status) ? root.status : {};
    return spec['role'] === 'active' || status['state'] === 'active';
  };
  for (const root of [...roots.filter(isActive), ...roots]) {
    const trustDomain = isFields(root.spec) ? root.spec['trustDomain'] : undefined;
    if (typeof trustDomain === 'string' && trustDomain) return trustDomain;
  }
  return undefined;
}
