import { CoreKinds, type KubeObject, matchesLabelSelector } from '@meshwork/adapters-core';
import { type PolicyTarget } from '@meshwork/model';
import { LinkerdKinds, type ServerSpec } from '../linkerd-kinds';
import { type PolicyContext } from './policy-context';

export type ServerObject = KubeObject<ServerSpec>;

export function findServer(
  ctx: PolicyContext,
  namespace: string,
  name: string,
): ServerObject | undefined {
  return ctx.snapshot.get(LinkerdKinds.Server, namespace, name);
}

/** The pods a Server covers; `matchExpressions` have no model form and are reported by the Server reader. */
export function serverTarget(server: ServerObject): PolicyTarget {
  const selector = server.spec?.podSelector ?? server.spec?.externalWorkloadSelector;
  return {
    type: 'WORKLOAD_SELECTOR',
    namespace: server.metadata.namespace ?? '',
    labels: { ...selector?.matchLabels },
  };
}

/**
 * The Server's port as a number. A named port is looked up in the containers of the pods (or pod
 * templates) the Server selects; undefined when no selected container declares it.
 */
export function serverPort(ctx: PolicyContext, server: ServerObject): number | undefined {
  const port = server.spec?.port;
  if (typeof port === 'number') return port;
  if (typeof port !== 'string') return undefined;
  if (/^\d+$/.test(port)) return Number(port);
  const namespace = server.metadata.namespace ?? '';
  const selector = server.spec?.podSelector;
  if (!selector) return undefined;
  const specs = [
    ...ctx.snapshot
      .list(CoreKinds.Pod, namespace)
      .filter((pod) => matchesLabelSelector(selector, pod.metadata.labels))
      .map((pod) => pod.spec),
    ...ctx.snapshot
      .list(CoreKinds.Deployment, namespace)
      .filter((d) => matchesLabelSelector(selector, d.spec?.template?.metadata?.labels))
      .map((d) => d.spec?.template?.spec),
  ];
  for (const spec of specs) {
    for (const container of spec?.containers ?? []) {
      const found = container.ports?.find((p) => p.name === port);
      if (found) return found.containerPort;
    }
  }
  return undefined;
}
