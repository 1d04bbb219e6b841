import type { InProcessHub } from './hub-in-process';

/** What discovery found, in a stable, reviewable shape (no timestamps, no certificate dates). */
export interface DiscoveryDigest {
  meshes: string[];
  services: string[];
  workloads: string[];
  policies: string[];
  links: string[];
  errors: string[];
}

const QUERY = `{
  clusters { name errors { code resource message } }
  meshes { id kind version revision trustDomain health }
  services(first: 1000) { nodes { id meshIds versions logicalKey } }
  workloads(first: 1000) { nodes { id dataPlaneMode identity meshId version } }
  policies(first: 1000) { nodes { id effects { type } } }
  meshLinks { kind fromCluster toCluster fromMeshId }
}`;

interface DigestData {
  clusters: Array<{
    name: string;
    errors: Array<{ code: string; resource: string | null; message: string }>;
  }>;
  meshes: Array<Record<string, string | null>>;
  services: {
    nodes: Array<{ id: string; meshIds: string[]; versions: string[]; logicalKey: string }>;
  };
  workloads: { nodes: Array<Record<string, string | null>> };
  policies: { nodes: Array<{ id: string; effects: Array<{ type: string }> }> };
  meshLinks: Array<Record<string, string | null>>;
}

export async function discoveryDigest(hub: InProcessHub): Promise<DiscoveryDigest> {
  const data = await hub.graphql<DigestData>(QUERY);
  const line = (record: Record<string, unknown>) =>
    Object.values(record)
      .map((v) => (Array.isArray(v) ? v.join('+') : String(v ?? '-')))
      .join(' ');
  return {
    meshes: data.meshes.map(line).sort(),
    services: data.services.nodes
      .map(
        (s) =>
          `${s.id} meshes=${s.meshIds.join('+')} versions=${s.versions.join('+')} key=${s.logicalKey}`,
      )
      .sort(),
    workloads: data.workloads.nodes.map(line).sort(),
    policies: data.policies.nodes
      .map(
        (p) =>
          `${p.id} ${p.effects
            .map((e) => e.type)
            .sort()
            .join('+')}`,
      )
      .sort(),
    links: data.meshLinks.map(line).sort(),
    errors: data.clusters
      .flatMap((c) => c.errors.map((e) => `${c.name} ${e.code} ${e.resource ?? ''}`))
      .sort(),
  };
}
