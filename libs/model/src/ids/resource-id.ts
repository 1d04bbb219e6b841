/**
 * Deterministic ids that carry the cluster: `<cluster>/<namespace>/<kind>/<name>`, and
 * `<cluster>//<kind>/<name>` for cluster-scoped objects.
 *
 * Each segment is escaped ('%' → '%25', '/' → '%2F') because kubeconfig context names often contain
 * slashes (EKS: `arn:aws:eks:...:cluster/prod`); escaping keeps ids reversible with no lookups.
 */
export interface ResourceIdParts {
  cluster: string;
  /** Empty string for cluster-scoped objects. */
  namespace: string;
  /** A Kubernetes or Meshwork kind, qualified with its group for CRDs (see `qualifiedKind`). */
  kind: string;
  name: string;
}

export class InvalidResourceIdError extends Error {
  constructor(
    readonly id: string,
    reason: string,
  ) {
    super(`invalid resource id "${id}": ${reason}`);
    this.name = 'InvalidResourceIdError';
  }
}

const escapeSegment = (value: string): string => value.replace(/%/g, '%25').replace(/\//g, '%2F');

const unescapeSegment = (value: string): string => value.replace(/%2F/gi, '/').replace(/%25/g, '%');

export function makeId(parts: ResourceIdParts): string {
  if (!parts.cluster) throw new InvalidResourceIdError('', 'cluster is required');
  if (!parts.kind) throw new InvalidResourceIdError('', 'kind is required');
  if (!parts.name) throw new InvalidResourceIdError('', 'name is required');
  return [parts.cluster, parts.namespace, parts.kind, parts.name].map(escapeSegment).join('/');
}

export function tryParseId(id: string): ResourceIdParts | undefined {
  const segments = id.split('/');
  if (segments.length !== 4) return undefined;
  const [cluster, namespace, kind, name] = segments.map(unescapeSegment) as [
    string,
    string,
    string,
    string,
  ];
  if (!cluster || !kind || !name) return undefined;
  return { cluster, namespace, kind, name };
}

export function parseId(id: string): ResourceIdParts {
  const parts = tryParseId(id);
  if (!parts) {
    throw new InvalidResourceIdError(id, 'expected <cluster>/<namespace>/<kind>/<name>');
  }
  return parts;
}

/** The cluster of an id without parsing the rest; cache keys and per-cluster filters need only this. */
export function clusterOfId(id: string): string {
  return parseId(id).cluster;
}
