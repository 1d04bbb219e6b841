import { CoreV1Api, type KubeConfig, RbacAuthorizationV1Api } from '@kubernetes/client-node';

/** The read-only identity: user, ClusterRole and ClusterRoleBinding all carry this name. */
export const READ_ONLY_USER = 'meshwork-reader';

/**
 * Grants `READ_ONLY_USER` get/list/watch on every resource of every group (and GET on non-resource
 * URLs such as /version and /healthz), nothing else. Then waits until the grant is in force: RBAC reads
 * bindings through an informer, so the first request right after the create could still be denied.
 */
export async function grantReadOnlyRole(
  admin: KubeConfig,
  reader: KubeConfig,
  timeoutMs = 10_000,
): Promise<void> {
  const rbac = admin.makeApiClient(RbacAuthorizationV1Api);
  await rbac.createClusterRole({
    body: {
      metadata: { name: READ_ONLY_USER, labels: { 'app.kubernetes.io/part-of': 'meshwork-tests' } },
      rules: [
        { apiGroups: ['*'], resources: ['*'], verbs: ['get', 'list', 'watch'] },
        { nonResourceURLs: ['*'], verbs: ['get'] },
      ],
    },
  });
  await rbac.createClusterRoleBinding({
    body: {
      metadata: { name: READ_ONLY_USER, labels: { 'app.kubernetes.io/part-of': 'meshwork-tests' } },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: READ_ONLY_USER },
      subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: READ_ONLY_USER }],
    },
  });

  const core = reader.makeApiClient(CoreV1Api);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await core.listNamespace({ limit: 1 });
      return;
    } catch (error) {
      if (Date.now() >= deadline) {
        throw new Error(`${READ_ONLY_USER} still cannot list namespaces after ${timeoutMs} ms`, {
          cause: error,
        });
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
