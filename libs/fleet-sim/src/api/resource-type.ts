import { type GroupResource } from './group-resource';

/** Which rules of the registry apply to one served resource (built-in or from a CRD). */
export interface ResourceType {
  group: string;
  /** Served versions, the preferred (storage) one first. */
  versions: string[];
  resource: string;
  singular: string;
  kind: string;
  listKind: string;
  namespaced: boolean;
  shortNames: string[];
  categories: string[];
  verbs: readonly string[];
  /** Served subresources: status (writes only status), scale is not simulated. */
  statusSubresource: boolean;
  /** metadata.generation is set on create and bumped on spec changes. */
  hasGeneration: boolean;
  /** DELETE answers with the object instead of a Success Status (pods, services, CRs...). */
  returnDeletedObject: boolean;
  /** PUT without metadata.resourceVersion is accepted (false for custom resources). */
  allowUnconditionalUpdate: boolean;
  customResource: boolean;
  /** Field selector keys beyond metadata.name and metadata.namespace. */
  fieldSelectors: readonly string[];
  /** How metadata.name is validated, as the kind's strategy does. */
  nameRule: NameRule;
  /** Key of the storage bucket: one per group+resource, whatever the version. */
  storageKey: string;
}

export const ALL_VERBS = [
  'create',
  'delete',
  'deletecollection',
  'get',
  'list',
  'patch',
  'update',
  'watch',
] as const;

export function groupResourceOf(type: ResourceType): GroupResource {
  return { group: type.group, resource: type.resource };
}

export function apiVersionOf(group: string, version: string): string {
  return group === '' ? version : `${group}/${version}`;
}

export function storageApiVersion(type: ResourceType): string {
  return apiVersionOf(type.group, type.versions[0] ?? 'v1');
}

export function storageKeyOf(group: string, resource: string): string {
  return `${group}/${resource}`;
}

export function splitApiVersion(apiVersion: string): { group: string; version: string } {
  const slash = apiVersion.indexOf('/');
  return slash < 0
    ? { group: '', version: apiVersion }
    : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}

export type NameRule = 'dns1123-label' | 'dns1035-label' | 'dns1123-subdomain' | 'path-segment';
