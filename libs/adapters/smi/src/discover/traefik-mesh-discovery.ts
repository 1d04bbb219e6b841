import {
  type ClusterSnapshot,
  type KubeService,
  type MeshDiscovery,
  emptyDiscovery,
} from '@meshwork/adapters-core';
import { type Mesh, type Service } from '@meshwork/model';
import {
  type TraefikMeshSettings,
  readTraefikMeshSettings,
  traefikMeshControllerIn,
} from '../detect/traefik-mesh-controller';
import { serviceAccountPrincipal } from '../identities/service-account-principal';
import { SmiKinds } from '../kube/smi-kinds';
import { discoverSmiLinks } from '../links/smi-links';
import { SmiPolicyContext } from '../policies/policy-context';
import { readPolicies } from '../policies/read-policies';
import {
  TRAFFIC_TYPES,
  readTraefikMeshAnnotations,
  traefikMeshAnnotation,
} from '../policies/traefik-mesh-annotations';
import { readTrafficSplit } from '../policies/traffic-split';
import { trafficTargetReader } from '../policies/traffic-target';
import { meshServices } from '../services/mesh-services';
import { traefikMeshMemberServices } from '../services/traefik-mesh-members';
import { discoverTraefikMeshWorkloads } from '../workloads/traefik-mesh-workloads';
import { traefikMeshScope } from './mesh-scope';

/** Ports carry the traffic type the proxies use: the Service annotation, else `--defaultMode`. */
function withTrafficType(settings: TraefikMeshSettings) {
  return (service: Service, kubeService: KubeService): Service => {
    const annotated = traefikMeshAnnotation(kubeService, 'traffic-type')?.value;
    const trafficType = TRAFFIC_TYPES.find((t) => t === annotated) ?? settings.defaultMode;
    return {
      ...service,
      ports: service.ports.map((p) => (p.appProtocol ? p : { ...p, appProtocol: trafficType })),
    };
  };
}

/** Everything one Traefik Mesh serves: the Services of its watched namespaces and their policies. */
export function discoverTraefikMesh(snapshot: ClusterSnapshot, mesh: Mesh): MeshDiscovery {
  const controller = traefikMeshControllerIn(snapshot, mesh.namespace);
  if (!controller) return emptyDiscovery();
  const settings = readTraefikMeshSettings(controller);
  const scope = traefikMeshScope(snapshot, mesh, settings);
  const members = traefikMeshMemberServices(snapshot, scope);
  const ctx = new SmiPolicyContext(snapshot, mesh, scope, serviceAccountPrincipal);
  const results = [
    readPolicies(ctx, SmiKinds.TrafficSplit, readTrafficSplit),
    readPolicies(ctx, SmiKinds.TrafficTarget, trafficTargetReader(settings.acl)),
    readTraefikMeshAnnotations(ctx, members),
  ];
  return {
    services: meshServices(snapshot, mesh, members, withTrafficType(settings)),
    workloads: discoverTraefikMeshWorkloads(snapshot, mesh, scope, members),
    policies: results.flatMap((r) => r.policies).sort((a, b) => a.id.localeCompare(b.id)),
    // No certificates, so no identities: access rules name ServiceAccounts directly.
    identities: [],
    certificates: [],
    links: discoverSmiLinks(),
    errors: [...ctx.routes.errors(scope), ...results.flatMap((r) => r.errors)],
  };
}
