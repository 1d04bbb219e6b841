import {
  CertificateCollector,
  type ClusterSnapshot,
  CoreKinds,
  fixedRole,
  trustBundleRole,
} from '@meshwork/adapters-core';
import { type Certificate, CertificateRole, type ClusterError, type Mesh } from '@meshwork/model';
import { OsmConventions } from '../kube/osm-conventions';

const DEFAULT_CA_BUNDLE_SECRET = 'osm-ca-bundle';

/** `--ca-bundle-secret-name` of the controller (chart value `caBundleSecretName`). */
function caBundleSecretName(snapshot: ClusterSnapshot, namespace: string): string {
  const controller = snapshot
    .list(CoreKinds.Deployment, namespace)
    .find((d) => d.metadata.labels?.['app'] === OsmConventions.controllerApp);
  const args = controller?.spec?.template?.spec.containers.flatMap((c) => c.args ?? []) ?? [];
  for (const [i, arg] of args.entries()) {
    if (arg === '--ca-bundle-secret-name' && args[i + 1]) return args[i + 1]!;
    if (arg.startsWith('--ca-bundle-secret-name=')) return arg.slice(arg.indexOf('=') + 1);
  }
  return DEFAULT_CA_BUNDLE_SECRET;
}

/**
 * OSM's root with the tresor provider (Secret `osm-ca-bundle`, key `ca.crt`, in the control-plane
 * namespace [OSM charts/osm/values.yaml]) and the caBundle of its injector and validator webhooks.
 */
export function discoverOsmCertificates(
  snapshot: ClusterSnapshot,
  mesh: Mesh,
): { certificates: Certificate[]; errors: ClusterError[] } {
  return new CertificateCollector(snapshot.cluster, mesh)
    .addSecret(snapshot, mesh.namespace, caBundleSecretName(snapshot, mesh.namespace), ['ca.crt'], {
      role: trustBundleRole,
    })
    .addWebhooks(
      snapshot,
      { role: fixedRole(CertificateRole.WEBHOOK) },
      // The chart names them after the mesh: osm-webhook-<mesh>, osm-validator-mesh-<mesh>.
      new RegExp(`^osm-(webhook|validator-mesh)-${escapeRegExp(mesh.name)}$`),
    )
    .result();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
