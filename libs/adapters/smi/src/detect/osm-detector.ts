import { type ClusterSnapshot, CoreKinds, type WorkloadObject } from '@meshwork/adapters-core';
import { type Mesh, MeshKind, makeId, worstHealth } from '@meshwork/model';
import { OSM_DEFAULT_TRUST_DOMAIN } from '../identities/osm-identity';
import { OsmConventions } from '../kube/osm-conventions';
import { controlPlaneOf, normalizeVersion, versionFromImage } from './control-plane';
import { meshConfigOf, meshRootTrustDomain, readOsmMeshSettings } from './osm-mesh-settings';

/** Keys of `Mesh.attributes` for OSM meshes. */
export const OsmMeshAttributes = {
  meshName: 'meshName',
  permissiveTrafficPolicyMode: 'permissiveTrafficPolicyMode',
  enableEgress: 'enableEgress',
  meshConfig: 'meshConfig',
  upstream: 'upstream',
} as const;

const labelsOf = (d: WorkloadObject) => d.metadata.labels ?? {};

const meshNameOf = (d: WorkloadObject): string =>
  labelsOf(d)[OsmConventions.meshNameLabel] ??
  labelsOf(d)[OsmConventions.instanceLabel] ??
  OsmConventions.defaultMeshName;

function versionOf(controller: WorkloadObject): string | undefined {
  return (
    normalizeVersion(labelsOf(controller)[OsmConventions.versionLabel]) ??
    versionFromImage(controller, [OsmConventions.controllerApp])
  );
}

function attributesOf(snapshot: ClusterSnapshot, namespace: string, meshName: string) {
  const attributes: Record<string, string> = {
    [OsmMeshAttributes.meshName]: meshName,
    [OsmMeshAttributes.upstream]: 'archived by the CNCF in 2023; last release line v1.2',
  };
  const meshConfig = meshConfigOf(snapshot, namespace);
  if (!meshConfig) {
    attributes[OsmMeshAttributes.meshConfig] = 'missing';
    return { attributes, trustDomain: undefined };
  }
  try {
    const settings = readOsmMeshSettings(meshConfig);
    if (settings.permissiveTrafficPolicyMode !== undefined) {
      attributes[OsmMeshAttributes.permissiveTrafficPolicyMode] = String(
        settings.permissiveTrafficPolicyMode,
      );
    }
    if (settings.enableEgress !== undefined) {
      attributes[OsmMeshAttributes.enableEgress] = String(settings.enableEgress);
    }
    return { attributes, trustDomain: settings.trustDomain };
  } catch {
    // Discovery reports the malformed MeshConfig as an error; detection still finds the mesh.
    attributes[OsmMeshAttributes.meshConfig] = 'invalid';
    return { attributes, trustDomain: undefined };
  }
}

/**
 * OSM control planes: one per `osm-controller` Deployment, named by its `meshName` label. Several
 * meshes may share a cluster (each in its own namespace, each owning the namespaces labelled
 * `openservicemesh.io/monitored-by=<meshName>`).
 */
export function detectOsmMeshes(snapshot: ClusterSnapshot): Mesh[] {
  const deployments = snapshot.list(CoreKinds.Deployment);
  const controllers = deployments.filter((d) => {
    const labels = labelsOf(d);
    // An `app=osm-controller` label alone could be anyone's; OSM's charts always add one of these.
    return (
      labels['app'] === OsmConventions.controllerApp &&
      (labels[OsmConventions.meshNameLabel] !== undefined ||
        labels[OsmConventions.nameLabel] === OsmConventions.nameLabelValue)
    );
  });
  return controllers.map((controller) => {
    const namespace = controller.metadata.namespace ?? '';
    const meshName = meshNameOf(controller);
    const version = versionOf(controller);
    const { attributes, trustDomain: configured } = attributesOf(snapshot, namespace, meshName);
    const trustDomain =
      meshRootTrustDomain(snapshot, namespace) ?? configured ?? OSM_DEFAULT_TRUST_DOMAIN;
    const components = deployments.filter((d) => {
      const labels = labelsOf(d);
      return (
        d.metadata.namespace === namespace &&
        OsmConventions.componentApps.some((app) => app === labels['app']) &&
        (labels[OsmConventions.meshNameLabel] ?? meshName) === meshName
      );
    });
    const controlPlanes = components
      .map((d) => controlPlaneOf(d, 'Deployment', versionOf(d) ?? version, trustDomain))
      .sort((a, b) => a.name.localeCompare(b.name));
    return {
      id: makeId({ cluster: snapshot.cluster, namespace, kind: 'Mesh', name: meshName }),
      kind: MeshKind.OSM,
      name: meshName,
      cluster: snapshot.cluster,
      namespace,
      ...(version !== undefined && { version }),
      trustDomain,
      controlPlanes,
      health: worstHealth(controlPlanes.map((c) => c.health)),
      attributes,
    };
  });
}
