import { isJsonObject, type JsonObject, type KubeObject } from '../../kube-object';

// Fields the API server owns: a client that sends them gets them ignored or rejected.
const SERVER_METADATA = [
  'uid',
  'resourceVersion',
  'creationTimestamp',
  'generation',
  'managedFields',
  'selfLink',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
];

/** The uids the API server gave applied objects, by group/kind/namespace/name. */
export class UidIndex {
  private readonly uids = new Map<string, string>();

  static key(
    apiVersion: string,
    kind: string,
    namespace: string | undefined,
    name: string,
  ): string {
    const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
    return `${group}/${kind}/${namespace ?? ''}/${name}`;
  }

  set(obj: KubeObject, uid: string): void {
    this.uids.set(
      UidIndex.key(obj.apiVersion, obj.kind, obj.metadata.namespace, obj.metadata.name),
      uid,
    );
  }

  get(
    apiVersion: string,
    kind: string,
    namespace: string | undefined,
    name: string,
  ): string | undefined {
    return this.uids.get(UidIndex.key(apiVersion, kind, namespace, name));
  }
}

/**
 * The body to apply for `obj`: server-owned metadata removed, status kept only when the kind has no
 * status subresource, and references by uid (ownerReferences, EndpointSlice targetRefs) pointed at the
 * objects this run created. An owner reference to an object the run did not create is dropped: on a
 * cluster with a garbage collector it would delete its dependent.
 */
export function applyBody(obj: KubeObject, uids: UidIndex, keepStatus: boolean): KubeObject {
  const body = structuredClone(obj);
  for (const field of SERVER_METADATA) delete body.metadata[field];
  if (!keepStatus) delete body.status;
  const namespace = body.metadata.namespace;
  const owners = Array.isArray(body.metadata.ownerReferences) ? body.metadata.ownerReferences : [];
  const relinked = owners.filter(isJsonObject).flatMap((ref) => {
    const uid = uids.get(str(ref.apiVersion), str(ref.kind), namespace, str(ref.name));
    return uid ? [{ ...ref, uid }] : [];
  });
  if (relinked.length > 0) body.metadata.ownerReferences = relinked;
  else delete body.metadata.ownerReferences;
  if (body.kind === 'EndpointSlice' && Array.isArray(body.endpoints)) {
    for (const endpoint of body.endpoints.filter(isJsonObject))
      relinkTarget(endpoint, uids, namespace);
  }
  return body;
}

/** The body of a `/status` apply: identity and status only. */
export function statusBody(obj: KubeObject): KubeObject {
  const { name, namespace } = obj.metadata;
  return {
    apiVersion: obj.apiVersion,
    kind: obj.kind,
    metadata: namespace === undefined ? { name } : { name, namespace },
    status: obj.status,
  };
}

function relinkTarget(endpoint: JsonObject, uids: UidIndex, namespace: string | undefined): void {
  const target = isJsonObject(endpoint.targetRef) ? endpoint.targetRef : undefined;
  if (!target) return;
  const uid = uids.get(
    'v1',
    str(target.kind),
    str(target.namespace) || namespace,
    str(target.name),
  );
  if (uid) target.uid = uid;
  else delete target.uid;
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
