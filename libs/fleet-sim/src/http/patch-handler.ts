import { apiErrors } from '../api/api-errors';
import { groupResourceOf } from '../api/resource-type';
import { isJsonObject, type KubeObject } from '../kube-object';
import { type FieldScope } from '../patch/field-set';
import { applyJsonPatch } from '../patch/json-patch';
import { mergePatch } from '../patch/merge-patch';
import { serverSideApply } from '../patch/server-side-apply';
import { type ResourceRequest } from './cluster-context';
import { asRequestObject, updateManager } from './object-body';
import { parseBody } from './request-body';
import { sendJson } from './responses';
import { createObject, updateObject } from './write-handlers';

const MERGE = 'application/merge-patch+json';
const JSON_PATCH = 'application/json-patch+json';
const STRATEGIC = 'application/strategic-merge-patch+json';
const APPLY = 'application/apply-patch+yaml';

/**
 * PATCH in its four flavours. Strategic merge patch is accepted for built-in kinds and applied as a
 * JSON merge patch: the difference (list merging by key, $patch directives) does not matter for the
 * fields Meshwork patches; custom resources reject it with 415, as upstream does.
 */
export function handlePatch(r: ResourceRequest, contentType: string, text: string): void {
  const { type, ctx } = r;
  const accepted = type.customResource
    ? [JSON_PATCH, MERGE, APPLY]
    : [JSON_PATCH, MERGE, STRATEGIC, APPLY];
  if (!accepted.includes(contentType)) throw apiErrors.unsupportedMediaType(accepted);
  const prev = ctx.store.find(type, r.info.namespace, r.info.name);
  if (contentType === APPLY) {
    applyPatch(r, parseBody(text, true));
    return;
  }
  if (r.query.get('force') !== null)
    throw apiErrors.badRequest('force may not be specified for non-apply patch');
  if (!prev) throw apiErrors.notFound(groupResourceOf(type), r.info.name);
  const patch = parseBody(text, false);
  const current = { ...prev.object, apiVersion: r.apiVersion };
  const patched =
    contentType === JSON_PATCH ? applyJsonPatch(current, patch) : mergePatch(current, patch);
  if (!isJsonObject(patched) || !isJsonObject(patched.metadata))
    throw apiErrors.unprocessable('the patch removed metadata');
  const obj = patched as KubeObject;
  if (obj.metadata.name !== r.info.name)
    throw apiErrors.badRequest(
      `the name of the object (${String(obj.metadata.name)}) does not match the name on the URL (${r.info.name})`,
    );
  const rv = obj.metadata.resourceVersion;
  if (rv !== undefined && rv !== prev.object.metadata.resourceVersion)
    throw apiErrors.staleUpdate(groupResourceOf(type), r.info.name);
  const stored = updateObject(r, prev, obj, updateManager(r), false);
  sendJson(r.res, 200, stored.json(r.apiVersion));
}

function applyPatch(r: ResourceRequest, body: unknown): void {
  const manager = r.query.get('fieldManager') ?? '';
  if (manager === '')
    throw apiErrors.badRequest('PATCH /apply: fieldManager is required for apply requests');
  const applied = asRequestObject(r, body, true);
  if (!isJsonObject(body) || typeof body.apiVersion !== 'string' || typeof body.kind !== 'string') {
    throw apiErrors.badRequest(
      "error decoding YAML: Object 'Kind' is missing or apiVersion is not set",
    );
  }
  const force = r.query.get('force') === 'true';
  const sub = r.info.subresource === 'status' ? 'status' : undefined;
  const scope: FieldScope = sub ? 'status' : r.type.statusSubresource ? 'main' : 'all';
  const prev = r.ctx.store.find(r.type, r.info.namespace, r.info.name);
  if (!prev) {
    if (sub) throw apiErrors.notFound(groupResourceOf(r.type), r.info.name);
    const created = serverSideApply({
      live: undefined,
      applied,
      manager,
      force,
      subresource: sub,
      scope,
    });
    const stored = createObject(
      r,
      { ...applied, metadata: { ...applied.metadata } },
      manager,
      created,
    );
    sendJson(r.res, 201, stored.json(r.apiVersion));
    return;
  }
  const merged = serverSideApply({
    live: { ...prev.object, apiVersion: r.apiVersion },
    applied,
    manager,
    force,
    subresource: sub,
    scope,
  });
  const stored = updateObject(r, prev, merged, manager, true);
  sendJson(r.res, 200, stored.json(r.apiVersion));
}
