import { apiErrors } from '../api/api-errors';
import { groupResourceOf } from '../api/resource-type';
import { successStatus } from '../api/status-error';
import { isJsonObject, type KubeObject } from '../kube-object';
import { nowTimestamp } from '../registry/object-strategy';
import { FieldSelector } from '../selectors/field-selector';
import { LabelSelector } from '../selectors/label-selector';
import { type StoredObject } from '../store/stored-object';
import { type ResourceRequest } from './cluster-context';
import { itemJson } from './read-handlers';
import { isDryRun } from './object-body';
import { sendJson } from './responses';

export function handleDelete(r: ResourceRequest, body: unknown): void {
  const prev = r.ctx.store.find(r.type, r.info.namespace, r.info.name);
  if (!prev) throw apiErrors.notFound(groupResourceOf(r.type), r.info.name);
  checkPreconditions(r, prev, body);
  const result = deleteOne(r, prev);
  if (result === 'deleted' && !r.type.returnDeletedObject) {
    const details: Record<string, string> = {
      name: prev.object.metadata.name,
      kind: r.type.resource,
    };
    if (r.type.group !== '') details.group = r.type.group;
    if (typeof prev.object.metadata.uid === 'string') details.uid = prev.object.metadata.uid;
    const { code: _code, ...status } = successStatus(details);
    sendJson(r.res, 200, status);
    return;
  }
  sendJson(r.res, 200, (result === 'deleted' ? prev : result).json(r.apiVersion));
}

/** DELETE on a collection: deletes what the selectors match and answers with the list of it. */
export function handleDeleteCollection(r: ResourceRequest): void {
  const label = LabelSelector.parse(r.query.get('labelSelector'));
  const field = FieldSelector.parse(r.query.get('fieldSelector'), r.type.fieldSelectors);
  const namespace = r.type.namespaced && r.info.namespace !== '' ? r.info.namespace : undefined;
  const doomed = [...r.ctx.store.bucket(r.type).values(namespace)].filter(
    (s) => label.matches(s.object.metadata.labels) && field.matches(s.object),
  );
  const items = doomed
    .map((s) => deleteOne(r, s))
    .map((res, i) => (res === 'deleted' ? doomed[i] : res));
  const body = items.map((s) => (s ? itemJson(r.type, s, r.apiVersion) : '')).join(',');
  const head = `{"kind":${JSON.stringify(r.type.listKind)},"apiVersion":${JSON.stringify(r.apiVersion)},"metadata":{"resourceVersion":"${r.ctx.store.currentRv}"}`;
  sendJson(r.res, 200, `${head},"items":[${body}]}`);
}

/**
 * Deletes now, or, when finalizers hold the object (and always for namespaces), marks it with a
 * deletionTimestamp. A namespace is then emptied and removed by the simulated namespace controller.
 */
function deleteOne(r: ResourceRequest, prev: StoredObject): 'deleted' | StoredObject {
  const { store } = r.ctx;
  const finalizers = prev.object.metadata.finalizers;
  const isNamespace = r.type.storageKey === '/namespaces';
  if (!isNamespace && (!Array.isArray(finalizers) || finalizers.length === 0)) {
    if (!isDryRun(r)) store.remove(r.type, prev);
    return 'deleted';
  }
  if (prev.object.metadata.deletionTimestamp || isDryRun(r)) return prev;
  const next: KubeObject = structuredClone(prev.object);
  next.metadata.deletionTimestamp = nowTimestamp();
  next.metadata.deletionGracePeriodSeconds = 0;
  if (isNamespace)
    next.status = { ...(isJsonObject(next.status) ? next.status : {}), phase: 'Terminating' };
  const stored = store.commit(r.type, next, prev);
  if (isNamespace) setImmediate(() => store.finalizeNamespace(prev.object.metadata.name));
  return stored;
}

function checkPreconditions(r: ResourceRequest, prev: StoredObject, body: unknown): void {
  const pre =
    isJsonObject(body) && isJsonObject(body.preconditions) ? body.preconditions : undefined;
  if (!pre) return;
  const meta = prev.object.metadata;
  const gr = groupResourceOf(r.type);
  if (typeof pre.uid === 'string' && pre.uid !== meta.uid) {
    throw apiErrors.conflict(
      gr,
      meta.name,
      `Precondition failed: UID in precondition: ${pre.uid}, UID in object meta: ${String(meta.uid)}`,
    );
  }
  if (typeof pre.resourceVersion === 'string' && pre.resourceVersion !== meta.resourceVersion) {
    throw apiErrors.conflict(
      gr,
      meta.name,
      `Precondition failed: ResourceVersion in precondition: ${pre.resourceVersion}, ResourceVersion in object meta: ${String(meta.resourceVersion)}`,
    );
  }
}
