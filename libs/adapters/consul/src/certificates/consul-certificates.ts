import { CertificateCollector, type ClusterSnapshot, fixedRole } from '@meshwork/adapters-core';
import { type Certificate, CertificateRole, type ClusterError, type Mesh } from '@meshwork/model';

export const CONSUL_AGENT_CA_NOTE =
  'Consul agent/server TLS CA (global.tls), not the Connect CA that signs service certificates: ' +
  'that one lives in the Consul servers and is read through the Consul API';

/**
 * What a consul-k8s release keeps in Kubernetes [CK control-plane/subcommand/tls-init]: the agent TLS
 * CA `<fullname>-ca-cert` (key `tls.crt`), and the connect injector's webhook caBundle. The Connect
 * (mesh) CA is not in any Kubernetes object.
 */
export function discoverConsulCertificates(
  snapshot: ClusterSnapshot,
  mesh: Mesh,
  fullname: string,
): { certificates: Certificate[]; errors: ClusterError[] } {
  return new CertificateCollector(snapshot.cluster, mesh)
    .addSecret(snapshot, mesh.namespace, `${fullname}-ca-cert`, ['tls.crt'], {
      role: fixedRole(CertificateRole.AGENT_CA),
      note: CONSUL_AGENT_CA_NOTE,
    })
    .addWebhooks(
      snapshot,
      { role: fixedRole(CertificateRole.WEBHOOK) },
      new RegExp(`^${escapeRegExp(fullname)}-`),
    )
    .result();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
