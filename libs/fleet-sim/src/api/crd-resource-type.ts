import { isJsonObject, type JsonObject, type KubeObject } from '../kube-object';
import { type InvalidCause } from './api-errors';
import { ALL_VERBS, type ResourceType, storageKeyOf } from './resource-type';

interface CrdVersion {
  name: string;
  served: boolean;
  storage: boolean;
  status: boolean;
}

/** Checks a CustomResourceDefinition the way the apiextensions validation does, for the fields we serve from. */
export function validateCrd(crd: KubeObject): InvalidCause[] {
  const causes: InvalidCause[] = [];
  const spec = isJsonObject(crd.spec) ? crd.spec : {};
  const names = isJsonObject(spec.names) ? spec.names : {};
  const group = str(spec.group);
  const plural = str(names.plural);
  if (group === '') causes.push(required('spec.group'));
  if (plural === '') causes.push(required('spec.names.plural'));
  if (str(names.kind) === '') causes.push(required('spec.names.kind'));
  if (str(spec.scope) !== 'Namespaced' && str(spec.scope) !== 'Cluster') {
    causes.push({
      reason: 'FieldValueNotSupported',
      field: 'spec.scope',
      message: `Unsupported value: "${str(spec.scope)}": supported values: "Cluster", "Namespaced"`,
    });
  }
  const versions = crdVersions(spec);
  if (versions.length === 0) causes.push(required('spec.versions'));
  else if (versions.filter((v) => v.storage).length !== 1) {
    causes.push({
      reason: 'FieldValueInvalid',
      field: 'spec.versions',
      message:
        'Invalid value: []apiextensions.CustomResourceDefinitionVersion(nil): must have exactly one version marked as storage version',
    });
  }
  if (group !== '' && plural !== '' && crd.metadata.name !== `${plural}.${group}`) {
    causes.push({
      reason: 'FieldValueInvalid',
      field: 'metadata.name',
      message: `Invalid value: "${crd.metadata.name}": must be spec.names.plural+"."+spec.group`,
    });
  }
  return causes;
}

/** The resource a valid CRD serves, its storage version first among the served versions. */
export function crdResourceType(crd: KubeObject): ResourceType {
  const spec = crd.spec as JsonObject;
  const names = spec.names as JsonObject;
  const versions = crdVersions(spec);
  const storage = versions.find((v) => v.storage);
  const served = versions.filter((v) => v.served).map((v) => v.name);
  const ordered =
    storage && served.includes(storage.name)
      ? [storage.name, ...served.filter((v) => v !== storage.name)]
      : served;
  const kind = str(names.kind);
  const group = str(spec.group);
  const resource = str(names.plural);
  return {
    group,
    versions: ordered,
    resource,
    singular: str(names.singular) || kind.toLowerCase(),
    kind,
    listKind: str(names.listKind) || `${kind}List`,
    namespaced: spec.scope === 'Namespaced',
    shortNames: strings(names.shortNames),
    categories: strings(names.categories),
    verbs: ALL_VERBS,
    statusSubresource: (storage ?? versions[0])?.status ?? false,
    hasGeneration: true,
    returnDeletedObject: true,
    allowUnconditionalUpdate: false,
    customResource: true,
    fieldSelectors: [],
    nameRule: 'path-segment',
    storageKey: storageKeyOf(group, resource),
  };
}

function crdVersions(spec: JsonObject): CrdVersion[] {
  const list = Array.isArray(spec.versions) ? spec.versions : [];
  return list.filter(isJsonObject).map((v) => ({
    name: str(v.name),
    served: v.served === true,
    storage: v.storage === true,
    status: isJsonObject(v.subresources) && isJsonObject(v.subresources.status),
  }));
}

function required(field: string): InvalidCause {
  return { reason: 'FieldValueRequired', field, message: 'Required value' };
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
