import { apiErrors } from '../api/api-errors';
import { isJsonObject, type KubeObject } from '../kube-object';
import { type ResourceRequest } from './cluster-context';

/**
 * Checks a decoded body is an object of the addressed kind and version, fills kind and apiVersion when
 * left out, and checks the namespace and (for PUT and apply) the name against the URL.
 */
export function asRequestObject(
  r: ResourceRequest,
  body: unknown,
  requireUrlName: boolean,
): KubeObject {
  if (!isJsonObject(body))
    throw apiErrors.badRequest('the body of the request must be a JSON object');
  const kind = typeof body.kind === 'string' ? body.kind : r.type.kind;
  const apiVersion = typeof body.apiVersion === 'string' ? body.apiVersion : r.apiVersion;
  const expectedKind = r.type.kind;
  if (kind !== expectedKind) {
    throw apiErrors.badRequest(
      `${kind} in version "${apiVersion}" cannot be handled as a ${expectedKind}: the object provided is unrecognized (must be of type ${expectedKind})`,
    );
  }
  if (apiVersion !== r.apiVersion) {
    throw apiErrors.badRequest(
      `the API version in the data (${apiVersion}) does not match the expected API version (${r.apiVersion})`,
    );
  }
  const metadata = isJsonObject(body.metadata) ? { ...body.metadata } : {};
  const obj = { ...body, apiVersion, kind, metadata } as KubeObject;
  if (typeof obj.metadata.name !== 'string') obj.metadata.name = '';
  if (r.type.namespaced) {
    const ns = obj.metadata.namespace;
    if (ns !== undefined && ns !== '' && ns !== r.info.namespace) {
      throw apiErrors.badRequest(
        'the namespace of the provided object does not match the namespace sent on the request',
      );
    }
    obj.metadata.namespace = r.info.namespace;
  }
  if (requireUrlName && obj.metadata.name !== r.info.name) {
    if (obj.metadata.name === '') obj.metadata.name = r.info.name;
    else {
      throw apiErrors.badRequest(
        `the name of the object (${obj.metadata.name}) does not match the name on the URL (${r.info.name})`,
      );
    }
  }
  return obj;
}

/** The field manager of a non-apply write: the query parameter, else the user agent's product. */
export function updateManager(r: ResourceRequest): string {
  const given = r.query.get('fieldManager');
  if (given) return given;
  const agent = r.req.headers['user-agent'] ?? '';
  return agent.split('/')[0] || 'unknown';
}

export function isDryRun(r: ResourceRequest): boolean {
  return r.query.getAll('dryRun').includes('All');
}
