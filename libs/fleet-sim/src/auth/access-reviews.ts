import { isJsonObject, type JsonObject, type KubeObject } from '../kube-object';
import { isAllowed } from './authorizer';
import { type UserInfo } from './user-info';

/** Answers SelfSubjectAccessReview, SelfSubjectRulesReview and SelfSubjectReview for the caller. */
export function answerReview(kind: string, body: KubeObject, user: UserInfo): KubeObject {
  const spec = isJsonObject(body.spec) ? body.spec : {};
  const base = {
    apiVersion: body.apiVersion,
    kind,
    metadata: { creationTimestamp: null },
  } as unknown as KubeObject;
  switch (kind) {
    case 'SelfSubjectAccessReview':
      return { ...base, spec, status: { allowed: accessAllowed(spec, user) } };
    case 'SelfSubjectRulesReview':
      return { ...base, spec, status: rules(user) };
    default:
      return { ...base, status: { userInfo: { username: user.username, groups: user.groups } } };
  }
}

function accessAllowed(spec: JsonObject, user: UserInfo): boolean {
  const resource = isJsonObject(spec.resourceAttributes) ? spec.resourceAttributes : undefined;
  const nonResource = isJsonObject(spec.nonResourceAttributes)
    ? spec.nonResourceAttributes
    : undefined;
  const text = (o: JsonObject | undefined, key: string): string =>
    typeof o?.[key] === 'string' ? (o[key] as string) : '';
  return isAllowed(user, {
    verb: text(resource ?? nonResource, 'verb'),
    resourceRequest: resource !== undefined,
    group: text(resource, 'group'),
    resource: text(resource, 'resource'),
    subresource: text(resource, 'subresource'),
    namespace: text(resource, 'namespace'),
    name: text(resource, 'name'),
    path: text(nonResource, 'path'),
  });
}

function rules(user: UserInfo): JsonObject {
  const selfReviews = [
    {
      verbs: ['create'],
      apiGroups: ['authorization.k8s.io'],
      resources: ['selfsubjectaccessreviews', 'selfsubjectrulesreviews'],
    },
    { verbs: ['create'], apiGroups: ['authentication.k8s.io'], resources: ['selfsubjectreviews'] },
  ];
  if (user.access === 'admin') {
    return {
      resourceRules: [{ verbs: ['*'], apiGroups: ['*'], resources: ['*'] }, ...selfReviews],
      nonResourceRules: [{ verbs: ['*'], nonResourceURLs: ['*'] }],
      incomplete: false,
    };
  }
  return {
    resourceRules: [
      { verbs: ['get', 'list', 'watch'], apiGroups: ['*'], resources: ['*'] },
      ...selfReviews,
    ],
    nonResourceRules: [{ verbs: ['get'], nonResourceURLs: ['*'] }],
    incomplete: false,
  };
}
