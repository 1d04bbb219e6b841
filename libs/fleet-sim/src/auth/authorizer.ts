import { type RequestAttributes, type UserInfo } from './user-info';

const READ_VERBS = new Set(['get', 'list', 'watch']);
// system:basic-user lets every authenticated user ask what it may do.
const SELF_REVIEWS = new Set([
  'selfsubjectaccessreviews',
  'selfsubjectrulesreviews',
  'selfsubjectreviews',
]);

/** The admin may do anything; the read-only user may read anything and ask about itself. */
export function isAllowed(user: UserInfo, a: RequestAttributes): boolean {
  if (user.access === 'admin') return true;
  if (!a.resourceRequest) return a.verb === 'get';
  if (READ_VERBS.has(a.verb)) return true;
  return a.verb === 'create' && SELF_REVIEWS.has(a.resource) && a.subresource === '';
}

/** Upstream's forbiddenMessage(): the text after "<resource> is forbidden: ". */
export function forbiddenReason(user: UserInfo, a: RequestAttributes): string {
  if (!a.resourceRequest) return `User "${user.username}" cannot ${a.verb} path "${a.path}"`;
  const resource = a.subresource === '' ? a.resource : `${a.resource}/${a.subresource}`;
  const scope = a.namespace === '' ? 'at the cluster scope' : `in the namespace "${a.namespace}"`;
  return `User "${user.username}" cannot ${a.verb} resource "${resource}" in API group "${a.group}" ${scope}`;
}
