import { type KubeObject } from '../../kube-object';
import { type CaCertificate } from './ca-certificate';
import { configMap, opaqueSecret } from './secret-data';

// istiod's namespace controller leaves these alone (inject.IgnoredNamespaces).
const SKIPPED_NAMESPACES = new Set(['kube-system', 'kube-public', 'kube-node-lease']);

/**
 * Istio's plugged-in CA: the `cacerts` Secret istiod reads at start-up (intermediate, its key, the
 * chain up to the root, the root), and the `istio-ca-root-cert` ConfigMap istiod writes into every
 * namespace for workloads to verify peers with.
 */
export function istioCaObjects(
  root: CaCertificate,
  intermediate: CaCertificate,
  namespaces: readonly string[],
): KubeObject[] {
  const cacerts = opaqueSecret(
    { name: 'cacerts', namespace: 'istio-system' },
    {
      'ca-cert.pem': intermediate.certPem,
      'ca-key.pem': intermediate.privateKeyPem(),
      'cert-chain.pem': intermediate.certPem + root.certPem,
      'root-cert.pem': root.certPem,
    },
  );
  const rootConfigMaps = namespaces
    .filter((ns) => !SKIPPED_NAMESPACES.has(ns))
    .map((namespace) =>
      configMap(
        { name: 'istio-ca-root-cert', namespace, labels: { 'istio.io/config': 'true' } },
        { 'root-cert.pem': root.certPem },
      ),
    );
  return [cacerts, ...rootConfigMaps];
}
