import { type JsonObject } from '../../kube-object';

export const POD_STARTED = '2026-11-01T08:00:00Z';
const READY = '2026-11-01T08:00:12Z';
const CONDITIONS = [
  'PodReadyToStartContainers',
  'Initialized',
  'Ready',
  'ContainersReady',
  'PodScheduled',
];

/** The part of a Ready pod's status that every pod of one workload has in common. */
export interface SharedPodStatus {
  conditions: JsonObject[];
  initContainerStatuses?: JsonObject[];
  containerStatuses: JsonObject[];
  qosClass: string;
}

/** Status of Ready pods with `spec`: init containers completed (native sidecars running), all ready. */
export function sharedPodStatus(spec: {
  initContainers?: unknown;
  containers: JsonObject[];
}): SharedPodStatus {
  const running = (c: JsonObject): JsonObject => ({
    name: c.name,
    image: c.image,
    ready: true,
    started: true,
    restartCount: 0,
    state: { running: { startedAt: READY } },
  });
  const completed = (c: JsonObject): JsonObject => ({
    name: c.name,
    image: c.image,
    ready: true,
    started: false,
    restartCount: 0,
    state: {
      terminated: {
        exitCode: 0,
        reason: 'Completed',
        startedAt: POD_STARTED,
        finishedAt: POD_STARTED,
      },
    },
  });
  const inits = Array.isArray(spec.initContainers) ? (spec.initContainers as JsonObject[]) : [];
  return {
    conditions: CONDITIONS.map((type) => ({ type, status: 'True', lastTransitionTime: READY })),
    ...(inits.length > 0
      ? {
          initContainerStatuses: inits.map((c) =>
            c.restartPolicy === 'Always' ? running(c) : completed(c),
          ),
        }
      : {}),
    containerStatuses: spec.containers.map(running),
    qosClass: qosClassOf([...inits, ...spec.containers]),
  };
}

/**
 * The QoS class the API server computes when the pod is created (and refuses to see changed):
 * Guaranteed when every container's cpu and memory limits equal its requests, BestEffort when no
 * container asks for anything, Burstable otherwise.
 */
export function qosClassOf(containers: JsonObject[]): string {
  const resources = containers.map(
    (c) => (c.resources ?? {}) as { requests?: JsonObject; limits?: JsonObject },
  );
  const asks = resources.some((r) => Object.keys({ ...r.requests, ...r.limits }).length > 0);
  if (!asks) return 'BestEffort';
  const guaranteed = resources.every((r) =>
    ['cpu', 'memory'].every(
      (name) =>
        r.limits?.[name] !== undefined && (r.requests?.[name] ?? r.limits[name]) === r.limits[name],
    ),
  );
  return guaranteed ? 'Guaranteed' : 'Burstable';
}
