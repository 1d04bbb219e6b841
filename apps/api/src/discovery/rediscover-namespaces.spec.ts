import type { KubeObject } from '@meshwork/adapters-core';
import { rediscoverNamespaces, sharedNamespaces } from './rediscover-namespaces';
import {
  discoverObjects as discover,
  rawClusters,
  snapshotOf,
  testAdapters as adapters,
} from './testing/raw-clusters';

type Objects = KubeObject[];
type Mutation = { name: string; apply(objects: Objects, namespace: string): Objects | undefined };
// The mutations reach into pod and controller fields the model types leave loose.
type Any = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Replaces the first object of `kind` in `namespace` by `change(copy)`; undefined if there is none. */
function changeFirst(
  objects: Objects,
  kind: string,
  namespace: string,
  change: (copy: Any) => Any | undefined,
): Objects | undefined {
  const index = objects.findIndex((o) => o.kind === kind && o.metadata.namespace === namespace);
  if (index < 0) return undefined;
  const changed = change(structuredClone(objects[index]));
  const next = [...objects];
  if (changed) next[index] = changed;
  else next.splice(index, 1);
  return next;
}

const PROXIES = new Set(['istio-proxy', 'linkerd-proxy', 'consul-dataplane', 'envoy-sidecar']);

const mutations: Mutation[] = [
  {
    name: 'a pod changes its version label',
    apply: (objects, ns) =>
      changeFirst(objects, 'Pod', ns, (pod) => {
        pod.metadata.labels = { ...pod.metadata.labels, version: 'v9' };
        return pod;
      }),
  },
  {
    name: 'a pod stops being ready',
    apply: (objects, ns) =>
      changeFirst(objects, 'Pod', ns, (pod) => {
        pod.status = {
          ...pod.status,
          phase: 'Running',
          conditions: [{ type: 'Ready', status: 'False' }],
          containerStatuses: (pod.status?.containerStatuses ?? []).map((c: Any) => ({
            ...c,
            ready: false,
          })),
        };
        return pod;
      }),
  },
  {
    name: 'a pod loses its sidecar',
    apply: (objects, ns) =>
      changeFirst(objects, 'Pod', ns, (pod) => {
        pod.spec.containers = pod.spec.containers.filter((c: Any) => !PROXIES.has(c.name));
        pod.spec.initContainers = (pod.spec.initContainers ?? []).filter(
          (c: Any) => !PROXIES.has(c.name),
        );
        return pod;
      }),
  },
  {
    name: 'a pod is deleted',
    apply: (objects, ns) => changeFirst(objects, 'Pod', ns, () => undefined),
  },
  {
    name: 'a pod is added',
    apply: (objects, ns) => {
      const pod = objects.find((o) => o.kind === 'Pod' && o.metadata.namespace === ns);
      if (!pod) return undefined;
      const copy = structuredClone(pod);
      copy.metadata.name = `${pod.metadata.name}-extra`;
      return [...objects, copy];
    },
  },
  {
    name: 'a service changes its labels',
    apply: (objects, ns) =>
      changeFirst(objects, 'Service', ns, (service) => {
        service.metadata.labels = { ...service.metadata.labels, team: 'payments' };
        return service;
      }),
  },
  {
    name: 'a service stops selecting its pods',
    apply: (objects, ns) =>
      changeFirst(objects, 'Service', ns, (service) => {
        service.spec = { ...service.spec, selector: { app: 'nothing-here' } };
        return service;
      }),
  },
  {
    name: 'a service gains a port',
    apply: (objects, ns) =>
      changeFirst(objects, 'Service', ns, (service) => {
        service.spec = {
          ...service.spec,
          ports: [
            ...(service.spec?.ports ?? []),
            { name: 'grpc-admin', port: 9901, protocol: 'TCP' },
          ],
        };
        return service;
      }),
  },
  {
    name: 'a deployment scales down',
    apply: (objects, ns) =>
      changeFirst(objects, 'Deployment', ns, (deployment) => {
        deployment.spec = { ...deployment.spec, replicas: 0 };
        deployment.status = { ...deployment.status, readyReplicas: 0, replicas: 0 };
        return deployment;
      }),
  },
  {
    name: 'a deployment is deleted',
    apply: (objects, ns) => changeFirst(objects, 'Deployment', ns, () => undefined),
  },
];

const clusters = rawClusters('scoped');

describe('rediscovering only the namespaces that changed', () => {
  describe.each(clusters)('in cluster $name', ({ name, objects }) => {
    const before = discover(name, objects);
    const shared = sharedNamespaces(before);
    const namespaces = [
      ...new Set(
        objects
          .filter((o) => o.kind === 'Pod' && !shared.has(o.metadata.namespace!))
          .map((o) => o.metadata.namespace!),
      ),
    ];

    it('has namespaces outside the shared ones to change', () => {
      expect(namespaces.length).toBeGreaterThan(0);
    });

    /** Each mutation applied in each namespace: the shortcut's answer (if taken) and the truth. */
    const trials = mutations.flatMap((mutation) =>
      namespaces.flatMap((namespace) => {
        const after = mutation.apply(objects, namespace);
        return after ? [{ mutation: mutation.name, namespace, after }] : [];
      }),
    );

    it.each(mutations.map((m) => m.name))(
      'gives what a whole-cluster discovery gives when %s',
      (mutation) => {
        for (const trial of trials.filter((t) => t.mutation === mutation)) {
          const scoped = rediscoverNamespaces(
            adapters,
            snapshotOf(name, trial.after),
            before,
            new Set([trial.namespace]),
            [],
          );
          if (scoped) expect(scoped).toEqual(discover(name, trial.after));
        }
      },
    );

    // Otherwise the test above would prove nothing.
    it('takes the shortcut for most of those changes', () => {
      const taken = trials.filter((trial) =>
        rediscoverNamespaces(
          adapters,
          snapshotOf(name, trial.after),
          before,
          new Set([trial.namespace]),
          [],
        ),
      );
      expect(trials.length).toBeGreaterThan(0);
      expect(taken.length / trials.length).toBeGreaterThanOrEqual(0.5);
    });
  });

  it('falls back to the whole cluster when a shared namespace changed', () => {
    const { name, objects } = clusters[0]!;
    const before = discover(name, objects);
    const [shared] = [...sharedNamespaces(before)].filter((ns) => ns !== 'kube-system');
    expect(shared).toBeDefined();
    expect(
      rediscoverNamespaces(adapters, snapshotOf(name, objects), before, new Set([shared!]), []),
    ).toBeUndefined();
  });

  it('falls back to the whole cluster when a changed namespace gains a Service', () => {
    const { name, objects } = clusters[0]!;
    const before = discover(name, objects);
    const service = objects.find(
      (o) => o.kind === 'Service' && !sharedNamespaces(before).has(o.metadata.namespace!),
    )!;
    const extra = structuredClone(service);
    extra.metadata.name = `${service.metadata.name}-extra`;
    expect(
      rediscoverNamespaces(
        adapters,
        snapshotOf(name, [...objects, extra]),
        before,
        new Set([service.metadata.namespace!]),
        [],
      ),
    ).toBeUndefined();
  });
});
