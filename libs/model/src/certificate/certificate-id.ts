import { makeId } from '../ids/resource-id';
import { type CertificateSource } from './certificate';

/**
 * Deterministic id of a certificate from where it is stored, so it survives rotation (a new
 * certificate in the same place keeps the id). Cluster-scoped sources (webhook configurations) and
 * the Consul API take the namespace of the mesh's control plane.
 */
export function certificateId(
  cluster: string,
  meshNamespace: string,
  source: CertificateSource,
): string {
  return makeId({
    cluster,
    namespace: source.namespace || meshNamespace,
    kind: 'Certificate',
    name: `${source.kind}:${source.name}:${source.key}:${source.index}`,
  });
}
