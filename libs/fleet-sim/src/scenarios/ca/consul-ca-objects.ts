import { type KubeObject } from '../../kube-object';
import { type CaCertificate } from './ca-certificate';
import { opaqueSecret } from './secret-data';

/**
 * The agent TLS CA (`global.tls.enabled`) as consul-k8s's tls-init job stores it: certificate and key
 * in two Secrets named after the release. The Connect (mesh) CA is not here: it lives in the servers'
 * Raft state.
 */
export function consulCaObjects(
  ca: CaCertificate,
  release: string,
  namespace: string,
): KubeObject[] {
  const labels = { app: 'consul', chart: 'consul-helm', heritage: 'Helm', release };
  return [
    opaqueSecret({ name: `${release}-ca-cert`, namespace, labels }, { 'tls.crt': ca.certPem }),
    opaqueSecret(
      { name: `${release}-ca-key`, namespace, labels },
      { 'tls.key': ca.privateKeyPem() },
    ),
  ];
}
