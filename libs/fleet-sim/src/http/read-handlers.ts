import { apiErrors } from '../api/api-errors';
import { groupResourceOf, type ResourceType } from '../api/resource-type';
import { FieldSelector } from '../selectors/field-selector';
import { LabelSelector } from '../selectors/label-selector';
import { decodeContinue, encodeContinue, encodeContinueAt } from '../store/continue-token';
import { listPage } from '../store/list-page';
import { type StoredObject } from '../store/stored-object';
import { type ResourceRequest } from './cluster-context';
import { sendJson } from './responses';

export function handleGet(r: ResourceRequest): void {
  const stored = r.ctx.store.find(r.type, r.info.namespace, r.info.name);
  if (!stored) throw apiErrors.notFound(groupResourceOf(r.type), r.info.name);
  sendJson(r.res, 200, stored.json(r.apiVersion));
}

const TOO_OLD_CONTINUE =
  'The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter, or use the continue token in this response to retrieve the remainder of the results. Continuing with the provided token results in an inconsistent list - objects that were created, modified, or deleted between the time the first chunk was returned and now may show up in the list.';

export function handleList(r: ResourceRequest): void {
  const { query, type, ctx } = r;
  const label = LabelSelector.parse(query.get('labelSelector'));
  const field = FieldSelector.parse(query.get('fieldSelector'), type.fieldSelectors);
  const limit = parseLimit(query.get('limit'));
  const token = query.get('continue') ?? '';
  const rvParam = query.get('resourceVersion') ?? '';
  const match = query.get('resourceVersionMatch') ?? '';
  let atRv: number | undefined;
  let start: string | undefined;
  if (token !== '') {
    if (rvParam !== '' && rvParam !== '0')
      throw apiErrors.badRequest('specifying resource version is not allowed when using continue');
    const position = decodeContinue(token);
    atRv = position.rv;
    start = position.start;
  } else if (rvParam !== '') {
    const rv = parseResourceVersion(rvParam);
    if (rv > ctx.store.currentRv) throw apiErrors.tooLargeResourceVersion(rv, ctx.store.currentRv);
    if (match === 'Exact') atRv = rv;
  } else if (match !== '') {
    throw apiErrors.badRequest(
      'resourceVersionMatch is forbidden unless resourceVersion is provided',
    );
  }
  const namespace = type.namespaced && r.info.namespace !== '' ? r.info.namespace : undefined;
  const page = listPage(ctx.store, type, { namespace, label, field, limit, start, atRv });
  if (page === 'expired') {
    if (token !== '' && start !== undefined)
      throw apiErrors.expired(TOO_OLD_CONTINUE, encodeContinueAt(ctx.store.currentRv, start));
    throw apiErrors.expired('The resourceVersion for the provided list is too old.');
  }
  const metadata: Record<string, unknown> = { resourceVersion: String(page.rv) };
  if (page.lastKey !== undefined) metadata.continue = encodeContinue(page.rv, page.lastKey);
  if (page.remainingItemCount !== undefined) metadata.remainingItemCount = page.remainingItemCount;
  const head = `{"kind":${JSON.stringify(type.listKind)},"apiVersion":${JSON.stringify(r.apiVersion)},"metadata":${JSON.stringify(metadata)},"items":[`;
  const parts: Buffer[] = [Buffer.from(head)];
  for (const [index, stored] of page.items.entries()) {
    if (index > 0) parts.push(COMMA);
    parts.push(itemBytes(type, stored, r.apiVersion));
  }
  parts.push(END_OF_LIST);
  sendJson(r.res, 200, Buffer.concat(parts));
}

const COMMA = Buffer.from(',');
const END_OF_LIST = Buffer.from(']}');

/** Built-in list items carry no kind/apiVersion (typed lists drop them); custom resources keep them. */
export function itemJson(type: ResourceType, stored: StoredObject, apiVersion: string): string {
  return type.customResource ? stored.json(apiVersion) : stored.bodyJson();
}

/** `itemJson` as bytes, cached for built-in kinds. */
function itemBytes(type: ResourceType, stored: StoredObject, apiVersion: string): Buffer {
  return type.customResource ? Buffer.from(stored.json(apiVersion)) : stored.bodyBytes();
}

function parseLimit(text: string | null): number | undefined {
  if (text === null || text === '') return undefined;
  const n = Number(text);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

export function parseResourceVersion(text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(n)) {
    throw apiErrors.badRequest(
      `Invalid value: "${text}": resourceVersion must be a non-negative integer`,
    );
  }
  return n;
}
