/** Who a request is from, as the authenticator resolved its bearer token. */
export interface UserInfo {
  username: string;
  groups: string[];
  /** Full access (system:masters) or get/list/watch only. */
  access: 'admin' | 'read-only';
}

export const ADMIN_USER = 'meshwork-admin';
export const READ_ONLY_USER = 'meshwork-reader';

/** What a request asks to do, in the authorizer's terms (upstream's authorizer.Attributes). */
export interface RequestAttributes {
  verb: string;
  resourceRequest: boolean;
  group: string;
  resource: string;
  subresource: string;
  namespace: string;
  name: string;
  path: string;
}
