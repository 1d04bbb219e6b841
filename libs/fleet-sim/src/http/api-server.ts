import { type IncomingMessage, type ServerResponse } from 'node:http';
import { apiErrors } from '../api/api-errors';
import { apiVersionOf } from '../api/resource-type';
import { forbiddenReason, isAllowed } from '../auth/authorizer';
import { type RequestAttributes, type UserInfo } from '../auth/user-info';
import { serveWatch } from '../watch/watch-stream';
import { type ClusterContext, type ResourceRequest } from './cluster-context';
import { handleDelete, handleDeleteCollection } from './delete-handlers';
import { handlePatch } from './patch-handler';
import { handleGet, handleList } from './read-handlers';
import { mediaType, parseBody, readBody } from './request-body';
import { parseRequestInfo, type RequestInfo } from './request-info';
import { sendError, sendJson, sendText } from './responses';
import { handleCreate, handleUpdate } from './write-handlers';

const HEALTH = /^\/(healthz|livez|readyz)(\/[\w-]*)?$/;
// What system:public-info-viewer grants to anonymous requests.
const PUBLIC_PATHS = (path: string): boolean => path === '/version' || HEALTH.test(path);
const STATUS_VERBS = ['get', 'update', 'patch'];

/** Routes one cluster's requests: authentication, authorization, discovery, then the resource verbs. */
export class ApiServer {
  constructor(private readonly ctx: ClusterContext) {}

  handle(req: IncomingMessage, res: ServerResponse): void {
    this.route(req, res).catch((error: unknown) => sendError(res, error));
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = req.method ?? 'GET';
    const info = parseRequestInfo(method, url.pathname, url.searchParams);
    const auth = this.ctx.auth.authenticate(req.headers.authorization);
    if (auth === 'invalid' || (auth === undefined && !PUBLIC_PATHS(url.pathname)))
      throw apiErrors.unauthorized();
    if (auth === undefined) {
      this.serveNonResource(info, res);
      return;
    }
    const attributes = toAttributes(info);
    if (!isAllowed(auth, attributes)) throw forbidden(auth, attributes);
    if (!info.resourceRequest) {
      this.serveNonResource(info, res);
      return;
    }
    const request = this.resolve(info, url.searchParams, auth, req, res);
    await dispatch(request);
  }

  private serveNonResource(info: RequestInfo, res: ServerResponse): void {
    if (info.verb !== 'get' && info.verb !== 'head') throw apiErrors.methodNotAllowed();
    const path = info.path.replace(/\/+$/, '') || '/';
    if (HEALTH.test(path)) return sendText(res, 200, 'ok');
    const { discovery } = this.ctx;
    let doc: object | undefined;
    if (path === '/version') doc = this.ctx.version;
    else if (path === '/api') doc = discovery.coreVersions();
    else if (path === '/api/v1') doc = discovery.resources('', 'v1');
    else if (path === '/apis') doc = discovery.groupList();
    else {
      const match = /^\/apis\/([^/]+)(?:\/([^/]+))?$/.exec(path);
      if (match?.[1])
        doc = match[2] ? discovery.resources(match[1], match[2]) : discovery.group(match[1]);
    }
    if (!doc) throw apiErrors.pathNotFound();
    sendJson(res, 200, doc);
  }

  /** Finds the served resource for the URL; paths that do not fit its scope are 404 like upstream's routes. */
  private resolve(
    info: RequestInfo,
    query: URLSearchParams,
    user: UserInfo,
    req: IncomingMessage,
    res: ServerResponse,
  ): ResourceRequest {
    const type = this.ctx.registry.lookup(info.group, info.version, info.resource);
    if (!type || info.extra.length > 0) throw apiErrors.pathNotFound();
    const isNamespaceObject = type.storageKey === '/namespaces';
    if (!type.namespaced && !isNamespaceObject && info.namespace !== '')
      throw apiErrors.pathNotFound();
    if (type.namespaced && info.namespace === '' && info.name !== '')
      throw apiErrors.pathNotFound();
    if (info.subresource !== '' && !(info.subresource === 'status' && type.statusSubresource))
      throw apiErrors.pathNotFound();
    const allowedVerbs = info.subresource === '' ? type.verbs : STATUS_VERBS;
    if (!allowedVerbs.includes(info.verb)) throw apiErrors.methodNotAllowed();
    // Collections take POST (create), objects take PUT and PATCH: upstream registers no other routes.
    const named = info.name !== '';
    if (
      (info.verb === 'create' && named) ||
      ((info.verb === 'update' || info.verb === 'patch') && !named)
    ) {
      throw apiErrors.methodNotAllowed();
    }
    const scoped: RequestInfo = isNamespaceObject ? { ...info, namespace: '' } : info;
    return {
      ctx: this.ctx,
      info: scoped,
      type,
      apiVersion: apiVersionOf(info.group, info.version),
      query,
      user,
      req,
      res,
    };
  }
}

async function dispatch(r: ResourceRequest): Promise<void> {
  switch (r.info.verb) {
    case 'get':
      return handleGet(r);
    case 'list':
      return handleList(r);
    case 'watch':
      return serveWatch(r);
    case 'create':
      return handleCreate(r, parseBody(await readBody(r.req), false));
    case 'update':
      return handleUpdate(r, parseBody(await readBody(r.req), false));
    case 'patch':
      return handlePatch(r, mediaType(r.req.headers['content-type']), await readBody(r.req));
    case 'delete': {
      const text = await readBody(r.req);
      return handleDelete(r, text.trim() === '' ? undefined : parseBody(text, false));
    }
    case 'deletecollection':
      return handleDeleteCollection(r);
    default:
      throw apiErrors.methodNotAllowed();
  }
}

function toAttributes(info: RequestInfo): RequestAttributes {
  return {
    verb: info.verb,
    resourceRequest: info.resourceRequest,
    group: info.group,
    resource: info.resource,
    subresource: info.subresource,
    namespace: info.namespace,
    name: info.name,
    path: info.path,
  };
}

function forbidden(user: UserInfo, a: RequestAttributes): Error {
  const reason = forbiddenReason(user, a);
  return a.resourceRequest
    ? apiErrors.forbidden({ group: a.group, resource: a.resource }, a.name, reason)
    : apiErrors.forbiddenPath(reason);
}
