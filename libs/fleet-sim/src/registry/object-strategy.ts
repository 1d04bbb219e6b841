import { randomUUID } from 'node:crypto';
import { type InvalidCause } from '../api/api-errors';
import { validateCrd } from '../api/crd-resource-type';
import { type ResourceType, storageApiVersion } from '../api/resource-type';
import { jsonClone, jsonEqual } from '../json/json-equal';
import { isJsonObject, type KubeObject } from '../kube-object';
import { applyKindDefaults, type ClusterIpAllocator, initialStatus } from './kind-defaults';
import { validateName } from './name-validation';

/**
 * What the registry does to an object before it is stored, as upstream's create and update strategies
 * do: server-owned metadata, generation, status handling, defaults. Inputs are never mutated.
 */
export class ObjectStrategy {
  constructor(private readonly ips: ClusterIpAllocator) {}

  /** `fromApi`: a client create, whose status is reset; programmatic loads keep the status they bring. */
  prepareCreate(type: ResourceType, input: KubeObject, fromApi: boolean): KubeObject {
    const obj = jsonClone(input);
    obj.apiVersion = storageApiVersion(type);
    obj.kind = type.kind;
    const meta = obj.metadata;
    meta.uid = randomUUID();
    meta.creationTimestamp = nowTimestamp();
    delete meta.resourceVersion;
    delete meta.deletionTimestamp;
    delete meta.deletionGracePeriodSeconds;
    delete meta.selfLink;
    if (!type.namespaced) delete meta.namespace;
    if (type.hasGeneration) meta.generation = 1;
    else delete meta.generation;
    if (type.statusSubresource && (fromApi || obj.status === undefined)) {
      const status = initialStatus(obj);
      if (status === undefined) delete obj.status;
      else obj.status = status;
    }
    applyKindDefaults(obj, this.ips);
    if (type.kind === 'CustomResourceDefinition' && !type.customResource) establishCrd(obj);
    return obj;
  }

  /**
   * The object an update stores: server-owned metadata from `old`; through the main endpoint the status
   * of a kind with a status subresource is kept; through /status only the status changes.
   */
  prepareUpdate(
    type: ResourceType,
    old: KubeObject,
    input: KubeObject,
    subresource?: 'status',
  ): KubeObject {
    if (subresource === 'status') {
      const obj = jsonClone(old);
      if (input.status === undefined) delete obj.status;
      else obj.status = jsonClone(input.status);
      if (input.metadata.managedFields !== undefined)
        obj.metadata.managedFields = input.metadata.managedFields;
      return obj;
    }
    const obj = jsonClone(input);
    obj.apiVersion = storageApiVersion(type);
    obj.kind = type.kind;
    const meta = obj.metadata;
    for (const field of [
      'uid',
      'creationTimestamp',
      'deletionTimestamp',
      'deletionGracePeriodSeconds',
      'generation',
    ]) {
      if (old.metadata[field] === undefined) delete meta[field];
      else meta[field] = old.metadata[field];
    }
    meta.name = old.metadata.name;
    if (old.metadata.namespace !== undefined) meta.namespace = old.metadata.namespace;
    delete meta.selfLink;
    if (type.statusSubresource) {
      if (old.status === undefined) delete obj.status;
      else obj.status = jsonClone(old.status);
    }
    applyKindDefaults(obj, this.ips, old);
    if (type.hasGeneration && !jsonEqual(specPart(type, old), specPart(type, obj))) {
      meta.generation =
        (typeof old.metadata.generation === 'number' ? old.metadata.generation : 0) + 1;
    }
    if (type.kind === 'CustomResourceDefinition' && !type.customResource) establishCrd(obj);
    return obj;
  }

  validate(type: ResourceType, obj: KubeObject): InvalidCause[] {
    const causes = validateName(type.nameRule, obj.metadata.name);
    if (type.kind === 'CustomResourceDefinition' && !type.customResource)
      causes.push(...validateCrd(obj));
    return causes;
  }
}

let lastSecond = 0;
let lastText = '';

/** RFC 3339 at second precision, as metav1.Time; formatted once per second (bulk loads call it a lot). */
export function nowTimestamp(): string {
  const second = Math.floor(Date.now() / 1000);
  if (second !== lastSecond) {
    lastSecond = second;
    lastText = new Date(second * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
  return lastText;
}

/** True when nothing but the resourceVersion and managed-field timestamps differ. */
export function isNoOpUpdate(old: KubeObject, next: KubeObject): boolean {
  return jsonEqual(comparable(old), comparable(next));
}

function comparable(obj: KubeObject): unknown {
  const { resourceVersion: _rv, managedFields, ...meta } = obj.metadata;
  const fields = Array.isArray(managedFields)
    ? managedFields.map((m: unknown) => (isJsonObject(m) ? { ...m, time: undefined } : m))
    : undefined;
  return { ...obj, metadata: { ...meta, managedFields: fields } };
}

function specPart(type: ResourceType, obj: KubeObject): unknown {
  const { metadata: _m, status, apiVersion: _a, kind: _k, ...rest } = obj;
  return type.statusSubresource ? rest : { ...rest, status };
}

// The simulated apiextensions controllers accept names and establish at once.
function establishCrd(crd: KubeObject): void {
  const spec = isJsonObject(crd.spec) ? crd.spec : {};
  const versions = Array.isArray(spec.versions) ? spec.versions.filter(isJsonObject) : [];
  const storage = versions.find((v) => v.storage === true);
  const old = isJsonObject(crd.status) ? crd.status : {};
  const stored = Array.isArray(old.storedVersions) ? (old.storedVersions as string[]) : [];
  const storageName = typeof storage?.name === 'string' ? storage.name : undefined;
  const time = nowTimestamp();
  const condition = (type: string, reason: string, message: string): object => ({
    type,
    status: 'True',
    lastTransitionTime: time,
    reason,
    message,
  });
  const kept =
    Array.isArray(old.conditions) && old.conditions.length > 0 ? old.conditions : undefined;
  crd.status = {
    conditions: kept ?? [
      condition('NamesAccepted', 'NoConflicts', 'no conflicts found'),
      condition('Established', 'InitialNamesAccepted', 'the initial names have been accepted'),
    ],
    acceptedNames: spec.names ?? {},
    storedVersions:
      storageName && !stored.includes(storageName) ? [...stored, storageName] : stored,
  };
}
