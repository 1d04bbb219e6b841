import { builtinResourceTypes } from './builtin-resource-types';
import { type ResourceType, splitApiVersion } from './resource-type';

/**
 * The resources one cluster serves: the built-ins plus one per established CRD. Discovery, routing and
 * the store all ask it, so registering a CRD makes its resource appear everywhere at once.
 */
export class ResourceRegistry {
  private readonly byStorageKey = new Map<string, ResourceType>();

  constructor() {
    for (const type of builtinResourceTypes()) this.byStorageKey.set(type.storageKey, type);
  }

  all(): ResourceType[] {
    return [...this.byStorageKey.values()];
  }

  get(storageKey: string): ResourceType | undefined {
    return this.byStorageKey.get(storageKey);
  }

  /** The type serving `resource` in group/version, if that version is served. */
  lookup(group: string, version: string, resource: string): ResourceType | undefined {
    const type = this.byStorageKey.get(`${group}/${resource}`);
    return type && type.versions.includes(version) ? type : undefined;
  }

  byKind(apiVersion: string, kind: string): ResourceType | undefined {
    const { group, version } = splitApiVersion(apiVersion);
    for (const type of this.byStorageKey.values()) {
      if (type.group === group && type.kind === kind && type.versions.includes(version))
        return type;
    }
    return undefined;
  }

  register(type: ResourceType): void {
    this.byStorageKey.set(type.storageKey, type);
  }

  unregister(storageKey: string): void {
    const type = this.byStorageKey.get(storageKey);
    if (type?.customResource) this.byStorageKey.delete(storageKey);
  }
}
