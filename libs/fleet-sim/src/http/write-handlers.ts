import { randomInt } from 'node:crypto';
import { apiErrors } from '../api/api-errors';
import { groupResourceOf } from '../api/resource-type';
import { VIRTUAL_RESOURCES } from '../api/builtin-resource-types';
import { answerReview } from '../auth/access-reviews';
import { type KubeObject } from '../kube-object';
import { recordUpdate } from '../patch/managed-fields';
import { isNoOpUpdate } from '../registry/object-strategy';
import { objectKey, StoredObject } from '../store/stored-object';
import { type ResourceRequest } from './cluster-context';
import { asRequestObject, isDryRun, updateManager } from './object-body';
import { sendJson } from './responses';

export function handleCreate(r: ResourceRequest, body: unknown): void {
  const input = asRequestObject(r, body, false);
  if (VIRTUAL_RESOURCES.has(r.type.resource)) {
    sendJson(r.res, 201, answerReview(r.type.kind, input, r.user));
    return;
  }
  const stored = createObject(r, input, updateManager(r));
  sendJson(r.res, 201, stored.json(r.apiVersion));
}

/** The create path shared by POST and by an apply that finds no object. */
export function createObject(
  r: ResourceRequest,
  input: KubeObject,
  manager: string,
  managedBy?: KubeObject,
): StoredObject {
  const { type, ctx } = r;
  const meta = input.metadata;
  const generateName = typeof meta.generateName === 'string' ? meta.generateName : '';
  if (meta.name === '' && generateName !== '') meta.name = generateName + randomSuffix();
  const kindRef = { group: type.group, kind: type.kind };
  if (meta.name === '') {
    throw apiErrors.invalid(kindRef, '', [
      {
        reason: 'FieldValueRequired',
        field: 'metadata.name',
        message: 'Required value: name or generateName is required',
      },
    ]);
  }
  const causes = ctx.store.strategy.validate(type, input);
  if (causes.length > 0) throw apiErrors.invalid(kindRef, meta.name, causes);
  if (type.namespaced) checkNamespaceAcceptsCreates(r, meta.name);
  if (ctx.store.find(type, r.info.namespace, meta.name))
    throw apiErrors.alreadyExists(groupResourceOf(type), meta.name);
  const prepared = ctx.store.strategy.prepareCreate(type, input, true);
  if (managedBy) prepared.metadata.managedFields = managedBy.metadata.managedFields;
  else recordUpdate(undefined, prepared, manager, undefined);
  if (prepared.metadata.managedFields === undefined) delete prepared.metadata.managedFields;
  if (isDryRun(r)) return dryRunResult(prepared, r);
  return ctx.store.commit(type, prepared);
}

export function handleUpdate(r: ResourceRequest, body: unknown): void {
  const input = asRequestObject(r, body, true);
  const { type, ctx } = r;
  const prev = ctx.store.find(type, r.info.namespace, r.info.name);
  if (!prev) throw apiErrors.notFound(groupResourceOf(type), r.info.name);
  const rv = input.metadata.resourceVersion;
  if (rv !== undefined && rv !== '' && rv !== prev.object.metadata.resourceVersion) {
    throw apiErrors.staleUpdate(groupResourceOf(type), r.info.name);
  }
  if ((rv === undefined || rv === '') && !type.allowUnconditionalUpdate) {
    throw apiErrors.invalid({ group: type.group, kind: type.kind }, r.info.name, [
      {
        reason: 'FieldValueInvalid',
        field: 'metadata.resourceVersion',
        message: 'Invalid value: 0x0: must be specified for an update',
      },
    ]);
  }
  const stored = updateObject(r, prev, input, updateManager(r), false);
  sendJson(r.res, 200, stored.json(r.apiVersion));
}

/**
 * The update path shared by PUT, PATCH and apply: strategy, managed fields, no-op detection, and the
 * deletion of an object whose last finalizer was just removed.
 */
export function updateObject(
  r: ResourceRequest,
  prev: StoredObject,
  input: KubeObject,
  manager: string,
  fieldsAlreadyRecorded: boolean,
): StoredObject {
  const { type, ctx } = r;
  const sub = r.info.subresource === 'status' ? 'status' : undefined;
  const next = ctx.store.strategy.prepareUpdate(type, prev.object, input, sub);
  const causes = ctx.store.strategy.validate(type, next);
  if (causes.length > 0)
    throw apiErrors.invalid({ group: type.group, kind: type.kind }, next.metadata.name, causes);
  if (!fieldsAlreadyRecorded) recordUpdate(prev.object, next, manager, sub);
  if (isNoOpUpdate(prev.object, next)) return prev;
  if (isDryRun(r)) return dryRunResult(next, r);
  const finalizers = next.metadata.finalizers;
  if (next.metadata.deletionTimestamp && (!Array.isArray(finalizers) || finalizers.length === 0)) {
    ctx.store.remove(type, prev);
    return prev;
  }
  return ctx.store.commit(type, next, prev);
}

function checkNamespaceAcceptsCreates(r: ResourceRequest, name: string): void {
  const nsType = r.ctx.registry.get('/namespaces');
  const ns = nsType && r.ctx.store.find(nsType, undefined, r.info.namespace);
  if (!ns) throw apiErrors.notFound({ group: '', resource: 'namespaces' }, r.info.namespace);
  if (ns.object.metadata.deletionTimestamp) {
    throw apiErrors.forbidden(
      groupResourceOf(r.type),
      name,
      `unable to create new content in namespace ${r.info.namespace} because it is being terminated`,
    );
  }
}

// A dry run answers with what would be stored, without storing it or emitting an event.
function dryRunResult(obj: KubeObject, r: ResourceRequest): StoredObject {
  const key = objectKey(r.type.namespaced ? obj.metadata.namespace : undefined, obj.metadata.name);
  return new StoredObject(obj, Number(obj.metadata.resourceVersion ?? 0), key);
}

const SUFFIX_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

function randomSuffix(): string {
  let out = '';
  for (let i = 0; i < 5; i += 1) out += SUFFIX_ALPHABET[randomInt(SUFFIX_ALPHABET.length)];
  return out;
}
