import { setTimeout as sleep } from 'node:timers/promises';
import { ApiException, type KubeConfig } from '@kubernetes/client-node';
import { isJsonObject, type KubeObject } from '../kube-object';
import { applyPhases, forEachLimited } from './loader/apply-phases';
import { applyBody, statusBody, UidIndex } from './loader/prepare-object';
import { ScenarioObjectApi } from './loader/scenario-object-api';

export interface ApplyScenarioOptions {
  /** Server-side apply field manager; default `meshwork-scenario`. */
  fieldManager?: string;
  /** How long CRDs may take to be established and served; default 30 s. */
  crdTimeoutMs?: number;
  /** Requests in flight at once; default 8. */
  concurrency?: number;
}

export interface ApplyScenarioResult {
  /** Objects written through the main endpoint (CRDs included). */
  applied: number;
  /** Status subresource writes (Pods, Deployments, Nodes, custom resources...). */
  statusWrites: number;
  durationMs: number;
}

// Their status belongs to the API server itself (established conditions, namespace phase).
const SERVER_STATUS_KINDS = new Set(['CustomResourceDefinition', 'Namespace']);

/**
 * Loads scenario objects into a cluster through its Kubernetes API, the same way for fleet-sim and a
 * real kube-apiserver: CRDs first (waiting until established and served), namespaces, the rest in
 * owner order with server-side apply, then the status of every object that carries one through its
 * `/status` subresource, since no controller will write it. Re-applying is idempotent.
 */
export async function applyScenario(
  kubeConfig: KubeConfig,
  objects: readonly KubeObject[],
  opts: ApplyScenarioOptions = {},
): Promise<ApplyScenarioResult> {
  const started = Date.now();
  const api = ScenarioObjectApi.forConfig(kubeConfig);
  const manager = opts.fieldManager ?? 'meshwork-scenario';
  const limit = opts.concurrency ?? 8;
  const crdDeadline = () => Date.now() + (opts.crdTimeoutMs ?? 30_000);
  const uids = new UidIndex();
  const withStatus: KubeObject[] = [];
  let applied = 0;

  const { crds, namespaces, ranked } = applyPhases(objects);
  const customKinds = new Set(crds.map((crd) => servedKind(crd)));
  const applyOne = async (obj: KubeObject, deadline: number): Promise<void> => {
    const retry = customKinds.has(`${groupOf(obj.apiVersion)}/${obj.kind}`);
    const [stored, separateStatus] = await retryWhileUnserved(
      api,
      obj,
      retry ? deadline : 0,
      async () => {
        const separate =
          obj.status !== undefined &&
          !SERVER_STATUS_KINDS.has(obj.kind) &&
          (await api.hasStatusSubresource(obj.apiVersion, obj.kind));
        return [await api.apply(applyBody(obj, uids, !separate), manager), separate] as const;
      },
    );
    if (stored.metadata?.uid) uids.set(obj, stored.metadata.uid);
    if (separateStatus) withStatus.push(obj);
    applied += 1;
  };

  await forEachLimited(crds, limit, (crd) => applyOne(crd, Date.now()));
  const deadline = crdDeadline();
  await forEachLimited(crds, limit, (crd) => waitEstablished(api, crd, deadline));
  await forEachLimited(namespaces, limit, (ns) => applyOne(ns, Date.now()));
  for (const phase of ranked) await forEachLimited(phase, limit, (obj) => applyOne(obj, deadline));
  await forEachLimited(withStatus, limit, async (obj) => {
    await describeFailure(obj, 'status', () => api.apply(statusBody(obj), manager, 'status'));
  });
  return { applied, statusWrites: withStatus.length, durationMs: Date.now() - started };
}

function groupOf(apiVersion: string): string {
  return apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
}

function servedKind(crd: KubeObject): string {
  const spec = isJsonObject(crd.spec) ? crd.spec : {};
  const names = isJsonObject(spec.names) ? spec.names : {};
  return `${String(spec.group)}/${String(names.kind)}`;
}

/** Polls a CRD until its Established condition is True. */
async function waitEstablished(
  api: ScenarioObjectApi,
  crd: KubeObject,
  deadline: number,
): Promise<void> {
  for (;;) {
    const current = await api.read({
      apiVersion: crd.apiVersion,
      kind: crd.kind,
      metadata: { name: crd.metadata.name },
    });
    const status = (current as { status?: unknown }).status;
    const conditions =
      isJsonObject(status) && Array.isArray(status.conditions) ? status.conditions : [];
    if (conditions.some((c) => isJsonObject(c) && c.type === 'Established' && c.status === 'True'))
      return;
    if (Date.now() > deadline)
      throw new Error(`applyScenario: CRD ${crd.metadata.name} not established in time`);
    await sleep(100);
  }
}

/**
 * Runs `write` for `obj`; while a just-established CRD's kind is not yet in discovery or routed (404),
 * retries until `deadline` (0: no retries). Other failures are thrown at once, naming the object.
 */
async function retryWhileUnserved<T>(
  api: ScenarioObjectApi,
  obj: KubeObject,
  deadline: number,
  write: () => Promise<T>,
): Promise<T> {
  for (;;) {
    try {
      return await describeFailure(obj, 'apply', write);
    } catch (error) {
      const unserved =
        /Unrecognized API version and kind|Failed to fetch resource metadata/.test(String(error)) ||
        (error instanceof ScenarioApplyError && error.status === 404);
      if (!unserved || Date.now() > deadline) throw error;
      api.forgetDiscovery(obj.apiVersion);
      await sleep(200);
    }
  }
}

/** A failed write, naming the object and carrying the API status code. */
export class ScenarioApplyError extends Error {
  constructor(
    message: string,
    readonly status: number | undefined,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'ScenarioApplyError';
  }
}

async function describeFailure<T>(
  obj: KubeObject,
  what: 'apply' | 'status',
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const ref = `${obj.kind} ${obj.metadata.namespace ? `${obj.metadata.namespace}/` : ''}${obj.metadata.name}`;
    if (error instanceof ApiException) {
      const message = statusMessage(error.body);
      throw new ScenarioApplyError(
        `applyScenario: ${what} ${ref}: ${error.code} ${message}`,
        error.code,
        {
          cause: error,
        },
      );
    }
    throw new ScenarioApplyError(`applyScenario: ${what} ${ref}: ${String(error)}`, undefined, {
      cause: error,
    });
  }
}

/** The message of a Kubernetes Status body, which the client hands over parsed or as JSON text. */
function statusMessage(body: unknown): string {
  let parsed = body;
  if (typeof body === 'string') {
    try {
      parsed = JSON.parse(body);
    } catch {
      return body;
    }
  }
  return isJsonObject(parsed) && typeof parsed.message === 'string' ? parsed.message : String(body);
}
