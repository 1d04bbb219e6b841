import { type KubeObject } from '../kube-object';

/** What a fresh kube-apiserver creates by itself: system namespaces, the kubernetes Service, bootstrap RBAC. */
export function bootstrapObjects(port: number): KubeObject[] {
  const ns = (name: string): KubeObject => ({
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name },
  });
  const bootstrap = { 'kubernetes.io/bootstrapping': 'rbac-defaults' };
  const role = (name: string, rules: object[]): KubeObject => ({
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRole',
    metadata: {
      name,
      labels: bootstrap,
      annotations: { 'rbac.authorization.kubernetes.io/autoupdate': 'true' },
    },
    rules,
  });
  const read = ['get', 'list', 'watch'];
  return [
    ns('default'),
    ns('kube-system'),
    ns('kube-public'),
    ns('kube-node-lease'),
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: {
        name: 'kubernetes',
        namespace: 'default',
        labels: { component: 'apiserver', provider: 'kubernetes' },
      },
      spec: {
        type: 'ClusterIP',
        clusterIP: '10.96.0.1',
        ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: port }],
        sessionAffinity: 'None',
      },
    },
    role('cluster-admin', [
      { apiGroups: ['*'], resources: ['*'], verbs: ['*'] },
      { nonResourceURLs: ['*'], verbs: ['*'] },
    ]),
    role('admin', [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }]),
    role('edit', [
      {
        apiGroups: ['*'],
        resources: ['*'],
        verbs: ['create', 'delete', 'patch', 'update', ...read],
      },
    ]),
    role('view', [{ apiGroups: ['*'], resources: ['*'], verbs: read }]),
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRoleBinding',
      metadata: {
        name: 'cluster-admin',
        labels: bootstrap,
        annotations: { 'rbac.authorization.kubernetes.io/autoupdate': 'true' },
      },
      roleRef: {
        apiGroup: 'rbac.authorization.k8s.io',
        kind: 'ClusterRole',
        name: 'cluster-admin',
      },
      subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name: 'system:masters' }],
    },
  ];
}
