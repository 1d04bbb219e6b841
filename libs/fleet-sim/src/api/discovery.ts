import { createHash } from 'node:crypto';
import { type ResourceRegistry } from './resource-registry';
import { apiVersionOf, type ResourceType } from './resource-type';

/**
 * The legacy discovery documents (/api, /apis, /api/v1, /apis/<group>[/<version>]). Aggregated discovery
 * is not served: clients that ask for it get these JSON documents and fall back, as against older servers.
 */
export class Discovery {
  constructor(
    private readonly registry: ResourceRegistry,
    private readonly serverAddress: () => string,
  ) {}

  coreVersions(): object {
    return {
      kind: 'APIVersions',
      versions: ['v1'],
      serverAddressByClientCIDRs: [
        { clientCIDR: '0.0.0.0/0', serverAddress: this.serverAddress() },
      ],
    };
  }

  groupList(): object {
    return {
      kind: 'APIGroupList',
      apiVersion: 'v1',
      groups: this.groups().map((g) => this.groupDoc(g)),
    };
  }

  group(name: string): object | undefined {
    const found = this.groups().find((g) => g.name === name);
    return found ? { kind: 'APIGroup', apiVersion: 'v1', ...this.groupDoc(found) } : undefined;
  }

  /** APIResourceList for group/version, or undefined when that version is not served. */
  resources(group: string, version: string): object | undefined {
    const types = this.registry
      .all()
      .filter((t) => t.group === group && t.versions.includes(version));
    if (types.length === 0) return undefined;
    const resources = types
      .sort((a, b) => (a.resource < b.resource ? -1 : 1))
      .flatMap((t) => resourceEntries(t, version));
    return {
      kind: 'APIResourceList',
      apiVersion: 'v1',
      groupVersion: apiVersionOf(group, version),
      resources,
    };
  }

  private groups(): { name: string; versions: string[] }[] {
    const byGroup = new Map<string, string[]>();
    for (const type of this.registry.all()) {
      if (type.group === '') continue;
      const versions = byGroup.get(type.group) ?? [];
      for (const v of type.versions) if (!versions.includes(v)) versions.push(v);
      byGroup.set(type.group, versions);
    }
    return [...byGroup].map(([name, versions]) => ({ name, versions }));
  }

  private groupDoc(g: { name: string; versions: string[] }): object {
    const versions = g.versions.map((v) => ({ groupVersion: `${g.name}/${v}`, version: v }));
    return { name: g.name, versions, preferredVersion: versions[0] };
  }
}

function resourceEntries(type: ResourceType, version: string): object[] {
  const main: Record<string, unknown> = {
    name: type.resource,
    singularName: type.singular,
    namespaced: type.namespaced,
    kind: type.kind,
    verbs: [...type.verbs],
  };
  if (type.shortNames.length > 0) main.shortNames = type.shortNames;
  if (type.categories.length > 0) main.categories = type.categories;
  if (type.verbs.includes('get')) main.storageVersionHash = storageVersionHash(type, version);
  const entries: object[] = [main];
  if (type.statusSubresource) {
    entries.push({
      name: `${type.resource}/status`,
      singularName: '',
      namespaced: type.namespaced,
      kind: type.kind,
      verbs: ['get', 'patch', 'update'],
    });
  }
  return entries;
}

// Same recipe as upstream (sha256 of "<group>/<version>/<kind>", first 8 bytes, base64).
function storageVersionHash(type: ResourceType, version: string): string {
  const digest = createHash('sha256').update(`${type.group}/${version}/${type.kind}`).digest();
  return digest.subarray(0, 8).toString('base64');
}
