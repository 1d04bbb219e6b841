/** What a URL addresses, parsed as upstream's RequestInfoFactory does. */
export interface RequestInfo {
  path: string;
  /** Lower-case Kubernetes verb: get, list, watch, create, update, patch, delete, deletecollection. */
  verb: string;
  resourceRequest: boolean;
  group: string;
  version: string;
  namespace: string;
  resource: string;
  subresource: string;
  name: string;
  /** Path segments after the resource/name/subresource: never valid for the kinds served here. */
  extra: string[];
}

const NAMESPACE_SUBRESOURCES = new Set(['status', 'finalize']);

export function parseRequestInfo(
  method: string,
  path: string,
  query: URLSearchParams,
): RequestInfo {
  const info: RequestInfo = {
    path,
    verb: method.toLowerCase(),
    resourceRequest: false,
    group: '',
    version: '',
    namespace: '',
    resource: '',
    subresource: '',
    name: '',
    extra: [],
  };
  let parts = path
    .split('/')
    .filter((p) => p !== '')
    .map(decodeURIComponent);
  const prefix = parts[0];
  if (prefix !== 'api' && prefix !== 'apis') return info;
  parts = parts.slice(1);
  if (prefix === 'apis') {
    if (parts.length < 3) return info;
    info.group = parts[0] ?? '';
    parts = parts.slice(1);
  } else if (parts.length < 2) return info;
  info.version = parts[0] ?? '';
  parts = parts.slice(1);
  info.resourceRequest = true;

  let watchPath = false;
  if (parts[0] === 'watch') {
    watchPath = true;
    parts = parts.slice(1);
  }
  if (parts[0] === 'namespaces' && parts.length > 1) {
    info.namespace = parts[1] ?? '';
    if (parts.length > 2 && !NAMESPACE_SUBRESOURCES.has(parts[2] ?? '')) parts = parts.slice(2);
  }
  info.resource = parts[0] ?? '';
  info.name = parts[1] ?? '';
  info.subresource = parts[2] ?? '';
  info.extra = parts.slice(3);

  const watchParam = query.get('watch');
  const watching = watchPath || watchParam === 'true' || watchParam === '1';
  switch (method) {
    case 'GET':
    case 'HEAD':
      info.verb = watching ? 'watch' : info.name === '' ? 'list' : 'get';
      break;
    case 'POST':
      info.verb = 'create';
      break;
    case 'PUT':
      info.verb = 'update';
      break;
    case 'PATCH':
      info.verb = 'patch';
      break;
    case 'DELETE':
      info.verb = info.name === '' ? 'deletecollection' : 'delete';
      break;
    default:
      info.verb = method.toLowerCase();
  }
  return info;
}
