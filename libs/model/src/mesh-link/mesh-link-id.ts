import { makeId } from '../ids/resource-id';
import { type MeshLinkKind } from './mesh-link';

export function meshLinkId(
  cluster: string,
  namespace: string,
  kind: MeshLinkKind,
  sourceName: string,
): string {
  return makeId({ cluster, namespace, kind: 'MeshLink', name: `${kind}:${sourceName}` });
}
